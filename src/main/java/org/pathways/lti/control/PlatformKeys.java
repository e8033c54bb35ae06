package org.pathways.lti.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies the signatures of platforms' id_tokens against each platform's JWKS (Nimbus): public-key
 * algorithms only, keys cached for an hour per JWKS address and fetched again when a token names a
 * key the cache does not hold (rotation), at most twice a minute. The claims are checked afterwards
 * by {@link LaunchCheck}.
 */
public class PlatformKeys {

  private static final int TIMEOUT_MS = 5000;
  private static final long KEYS_TTL_MS = 3_600_000;
  private static final long KEYS_MIN_INTERVAL_MS = 60_000;
  private static final int MAX_PLATFORMS = 1000;

  private final Map<String, DefaultJWTProcessor<SecurityContext>> processors =
      new ConcurrentHashMap<>();

  /** A signature that does not verify, or keys that cannot be fetched. */
  public static class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    public Failure(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  /** The claims of this token, when a key of the JWKS at {@code jwksUrl} signed it. */
  public JWTClaimsSet verify(String token, String jwksUrl) throws Failure {
    DefaultJWTProcessor<SecurityContext> processor;
    try {
      processor = processor(jwksUrl);
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new Failure("JWKS address unusable", e);
    }
    try {
      return processor.process(token, null);
    } catch (Exception e) {
      throw new Failure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private DefaultJWTProcessor<SecurityContext> processor(String jwksUrl)
      throws MalformedURLException {
    DefaultJWTProcessor<SecurityContext> known = processors.get(jwksUrl);
    if (known != null) {
      return known;
    }
    if (processors.size() > MAX_PLATFORMS) {
      processors.clear();
    }
    JWKSource<SecurityContext> keys =
        JWKSourceBuilder.<SecurityContext>create(URI.create(jwksUrl).toURL())
            .cache(KEYS_TTL_MS, TIMEOUT_MS)
            .refreshAheadCache(false)
            .rateLimited(KEYS_MIN_INTERVAL_MS)
            .retrying(false)
            .build();
    Set<JWSAlgorithm> algorithms = new HashSet<>(JWSAlgorithm.Family.RSA);
    algorithms.addAll(JWSAlgorithm.Family.EC);
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
    // The claims are LaunchCheck's, so that each problem has its own answer and unit test.
    processor.setJWTClaimsSetVerifier(null);
    return processors.computeIfAbsent(jwksUrl, url -> processor);
  }
}
