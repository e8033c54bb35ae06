package org.pathways.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.control.CacheInvalidation;
import org.pathways.platform.control.FreshCache;
import org.pathways.platform.entity.Invalidation;

/**
 * Who a bearer token or a session's account stands for, and which page sessions are live,
 * remembered for a few seconds so that a request does not read the account and its roles again
 * (they were most of an API call's cost). This instance forgets an entry at once when its token is
 * revoked or its account changes (through {@link CacheInvalidation}, at once and again after the
 * commit); other instances when the cluster broadcasts the change, at the latest within {@code
 * pathways.identity.cache-seconds} (default 10). A read that began before a change is answered but
 * not kept ({@link FreshCache}), so a revoked token or a removed role cannot come back from a read
 * that raced the change.
 */
@ApplicationScoped
public class CallerCache {

  /** A valid token: its id, its caller, and when it expires. */
  public record TokenCaller(UUID tokenId, Caller caller, Instant expiresAt) {}

  static final String TOKEN = "identity:token";
  static final String ACCOUNT = "identity:account";
  static final String SESSION = "identity:session";
  static final String SESSIONS = "identity:sessions";

  @Inject
  @ConfigProperty(name = "pathways.identity.cache-seconds", defaultValue = "10")
  int seconds;

  @Inject CacheInvalidation caches;

  private FreshCache<String, TokenCaller> tokens;
  private FreshCache<UUID, Caller> accounts;
  private FreshCache<UUID, UUID> sessions;

  @jakarta.annotation.PostConstruct
  void start() {
    Duration life = Duration.ofSeconds(Math.max(0, seconds));
    tokens = new FreshCache<>(life, 100_000);
    accounts = new FreshCache<>(life, 100_000);
    sessions = new FreshCache<>(life, 100_000);
  }

  /** The token's caller, from memory when it was read in the last seconds and is still valid. */
  public Optional<TokenCaller> token(
      String tokenHash, Instant now, Supplier<Optional<TokenCaller>> read) {
    Optional<TokenCaller> known = tokens.known(tokenHash);
    if (known.isPresent() && now.isBefore(known.get().expiresAt())) {
      return known;
    }
    if (known.isPresent()) {
      tokens.forget(tokenHash);
    }
    return tokens.get(tokenHash, read).filter(caller -> now.isBefore(caller.expiresAt()));
  }

  /** The account's caller, from memory when it was read in the last seconds. */
  public Optional<Caller> account(UUID account, Supplier<Optional<Caller>> read) {
    return accounts.get(account, read);
  }

  /**
   * Whether the page session with this key is live for the account, from memory when it was seen
   * live in the last seconds (a revoked one is never remembered).
   */
  public boolean session(UUID key, UUID account, java.util.function.BooleanSupplier read) {
    Optional<UUID> known = sessions.known(key);
    if (known.isPresent()) {
      return known.get().equals(account);
    }
    return sessions
        .get(key, () -> read.getAsBoolean() ? Optional.of(account) : Optional.empty())
        .isPresent();
  }

  public void forgetSession(UUID key) {
    caches.changed(new Invalidation(SESSION, key.toString()));
  }

  /** The account's page sessions were ended: forget that any was live. */
  public void forgetSessions(UUID account) {
    caches.changed(new Invalidation(SESSIONS, account.toString()));
  }

  public void forgetToken(UUID tokenId) {
    caches.changed(new Invalidation(TOKEN, tokenId.toString()));
  }

  /** The account changed (roles, name) or is gone: forget it and its tokens. */
  public void forgetAccount(UUID account) {
    caches.changed(new Invalidation(ACCOUNT, account.toString()));
  }

  /**
   * Forgets what changed, here or (once the cluster broadcasts) on another instance: at once, and
   * again after the changing transaction commits ({@link CacheInvalidation}).
   */
  void changed(@Observes Invalidation what) {
    if (what.all()) {
      sessions.clear();
      tokens.clear();
      accounts.clear();
      return;
    }
    switch (what.region()) {
      case SESSION -> sessions.forget(UUID.fromString(what.key()));
      case SESSIONS -> {
        UUID account = UUID.fromString(what.key());
        sessions.forgetValues(account::equals);
      }
      case TOKEN -> {
        UUID token = UUID.fromString(what.key());
        tokens.forgetValues(entry -> entry.tokenId().equals(token));
      }
      case ACCOUNT -> {
        UUID account = UUID.fromString(what.key());
        accounts.forget(account);
        tokens.forgetValues(entry -> entry.caller().is(account));
      }
      default -> {
        // another cache's region
      }
    }
  }
}
