package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.control.CallerCache;
import org.pathways.identity.control.SecretTokens;
import org.pathways.identity.control.TokenLifetimes;
import org.pathways.identity.entity.ApiToken;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.IssuedToken;
import org.pathways.platform.entity.Refusal;

/**
 * Bearer tokens: API tokens for integrations and the short-lived token a signed-in page carries for
 * its scripts. Stored hashed; they expire and can be revoked.
 */
@ApplicationScoped
public class Tokens {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Accounts accounts;
  @Inject CallerCache callers;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "pathways.tokens.api-days", defaultValue = "30")
  int apiTokenDays;

  @Inject
  @ConfigProperty(name = "pathways.tokens.page-minutes", defaultValue = "30")
  int pageTokenMinutes;

  @Transactional
  public IssuedToken issue(UUID accountId, ApiToken.Purpose purpose) {
    String secret = SecretTokens.generate();
    Instant now = clock.instant();
    Instant expires =
        new TokenLifetimes(Duration.ofDays(apiTokenDays), Duration.ofMinutes(pageTokenMinutes))
            .expiry(purpose, now);
    ApiToken token = new ApiToken(accountId, SecretTokens.hash(secret), purpose, now, expires);
    em.persist(token);
    if (purpose == ApiToken.Purpose.API) {
      audit.record(accountId, "token.created", token.getId().toString(), null, null);
    }
    return new IssuedToken(token.getId(), secret, expires);
  }

  /** The caller a bearer token stands for, and the token's id, while it is valid. */
  @Transactional
  public Optional<Map.Entry<UUID, Caller>> callerFor(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 200) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    String hash = SecretTokens.hash(secret.strip());
    return callers
        .token(
            hash,
            now,
            () ->
                em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                    .setParameter("hash", hash)
                    .getResultStream()
                    .filter(token -> token.validAt(now))
                    .findFirst()
                    .flatMap(
                        token ->
                            accounts
                                .account(token.getAccountId())
                                .map(
                                    a ->
                                        new CallerCache.TokenCaller(
                                            token.getId(), a.asCaller(), token.getExpiresAt()))))
        .map(found -> Map.entry(found.tokenId(), found.caller()));
  }

  @Transactional
  public void revoke(UUID tokenId, UUID owner) {
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null || !token.getAccountId().equals(owner)) {
      throw Refusal.of(Refusal.Kind.NOT_FOUND, "identity.token.not_found");
    }
    token.revoke(clock.instant());
    callers.forgetToken(tokenId);
  }
}
