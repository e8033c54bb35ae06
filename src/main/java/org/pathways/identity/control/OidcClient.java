package org.pathways.identity.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pathways.identity.control.OidcProviders.Provider;

/**
 * The protocol with one provider, through the Nimbus OAuth 2.0 / OpenID Connect SDK: its metadata
 * from the discovery document (fetched at first use and kept; after a failed fetch, sign-ins get
 * the plain page at once for 30 seconds, then the next one tries again), the authorization request
 * (code flow, PKCE S256, state, nonce), the token request and the ID token's checks (signature
 * against the provider's keys, issuer, audience, expiry, nonce). The keys are cached for an hour
 * and fetched again when a token names a key the cache does not hold (rotation), at most twice a
 * minute (Nimbus's rate limit lets two fetches through per interval).
 */
public class OidcClient {

  private static final int TIMEOUT_MS = 5000;
  private static final long KEYS_TTL_MS = 3_600_000;
  private static final long KEYS_MIN_INTERVAL_MS = 60_000;
  private static final long RETRY_AFTER_FAILURE_NS = 30_000_000_000L;

  private final Provider provider;
  private volatile Connected connected;
  private volatile long lastFailure;

  public OidcClient(Provider provider) {
    this.provider = provider;
  }

  /** A provider's answer that signs nobody in: unreachable, refused, or a token that fails. */
  public static class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    public Failure(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  /** The values a sign-in keeps until the provider sends the browser back. */
  public record Start(URI redirect, String state, String nonce, String codeVerifier) {}

  private record Connected(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  public Provider provider() {
    return provider;
  }

  /** The provider's authorization address for a new sign-in that comes back to {@code callback}. */
  public Start start(URI callback) throws Failure {
    OIDCProviderMetadata metadata = connected().metadata();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest request =
        new AuthenticationRequest.Builder(
                new ResponseType(ResponseType.Value.CODE),
                new Scope("openid", "email", "profile"),
                new ClientID(provider.clientId()),
                callback)
            .endpointURI(metadata.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build();
    return new Start(request.toURI(), state.getValue(), nonce.getValue(), verifier.getValue());
  }

  /** Exchanges the code and answers the ID token's verified claims. */
  public IDTokenClaimsSet finish(String code, URI callback, String codeVerifier, String nonce)
      throws Failure {
    Connected with = connected();
    JWT idToken;
    try {
      TokenRequest request =
          new TokenRequest(
              with.metadata().getTokenEndpointURI(),
              authentication(with.metadata()),
              new AuthorizationCodeGrant(
                  new AuthorizationCode(code), callback, new CodeVerifier(codeVerifier)));
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MS);
      http.setReadTimeout(TIMEOUT_MS);
      TokenResponse response = OIDCTokenResponseParser.parse(http.send());
      if (!response.indicatesSuccess()) {
        throw new Failure(
            "token request refused: " + response.toErrorResponse().getErrorObject().getCode(),
            null);
      }
      idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    } catch (Failure failure) {
      throw failure;
    } catch (Exception e) {
      throw new Failure("token request failed: " + e.getClass().getSimpleName(), e);
    }
    try {
      return with.validator().validate(idToken, new Nonce(nonce));
    } catch (Exception e) {
      throw new Failure("ID token refused: " + e.getMessage(), e);
    }
  }

  private ClientAuthentication authentication(OIDCProviderMetadata metadata) {
    List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
    ClientID id = new ClientID(provider.clientId());
    Secret secret = new Secret(provider.clientSecret());
    if (methods != null
        && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
      return new ClientSecretPost(id, secret);
    }
    return new ClientSecretBasic(id, secret);
  }

  private Connected connected() throws Failure {
    Connected known = connected;
    if (known != null) {
      return known;
    }
    // A provider that could not be reached is not asked again for a while: sign-ins meanwhile get
    // the plain page at once instead of queuing behind one more slow attempt.
    long failedAt = lastFailure;
    if (failedAt != 0 && System.nanoTime() - failedAt < RETRY_AFTER_FAILURE_NS) {
      throw new Failure("discovery failed recently; not tried again yet", null);
    }
    synchronized (this) {
      if (connected == null) {
        try {
          connected = connect();
          lastFailure = 0;
        } catch (Failure failure) {
          lastFailure = System.nanoTime();
          throw failure;
        }
      }
      return connected;
    }
  }

  private Connected connect() throws Failure {
    try {
      OIDCProviderMetadata metadata =
          OIDCProviderMetadata.resolve(new Issuer(provider.issuer()), TIMEOUT_MS, TIMEOUT_MS);
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL())
              .cache(KEYS_TTL_MS, TIMEOUT_MS)
              .refreshAheadCache(false)
              .rateLimited(KEYS_MIN_INTERVAL_MS)
              .retrying(false)
              .build();
      IDTokenValidator validator =
          new IDTokenValidator(
              metadata.getIssuer(),
              new ClientID(provider.clientId()),
              new JWSVerificationKeySelector<>(algorithms(metadata), keys),
              null);
      return new Connected(metadata, validator);
    } catch (Exception e) {
      throw new Failure("discovery failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /** The provider's signing algorithms, public-key ones only (never none, never a shared key). */
  private static Set<JWSAlgorithm> algorithms(OIDCProviderMetadata metadata) {
    Set<JWSAlgorithm> allowed = new HashSet<>(JWSAlgorithm.Family.RSA);
    allowed.addAll(JWSAlgorithm.Family.EC);
    Set<JWSAlgorithm> offered =
        metadata.getIDTokenJWSAlgs() == null
            ? Set.of(JWSAlgorithm.RS256)
            : new HashSet<>(metadata.getIDTokenJWSAlgs());
    offered.retainAll(allowed);
    return offered.isEmpty() ? Set.of(JWSAlgorithm.RS256) : offered;
  }
}
