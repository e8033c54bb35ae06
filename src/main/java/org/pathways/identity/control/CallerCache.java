package org.pathways.identity.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import org.pathways.platform.entity.Invalidation;

/**
 * Who a bearer token or a session's account stands for, and which page sessions are live,
 * remembered for a few seconds so that a request does not read the account and its roles again
 * (they were most of an API call's cost). This instance forgets an entry at once when its token is
 * revoked or its account changes (through {@link CacheInvalidation}, at once and again after the
 * commit); other instances when the cluster broadcasts the change, at the latest within {@code
 * pathways.identity.cache-seconds} (default 10).
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

  private Cache<String, TokenCaller> tokens;
  private Cache<UUID, Caller> accounts;
  private Cache<UUID, UUID> sessions;

  @jakarta.annotation.PostConstruct
  void start() {
    Duration life = Duration.ofSeconds(Math.max(0, seconds));
    tokens = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(life).build();
    accounts = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(life).build();
    sessions = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(life).build();
  }

  /** The token's caller, from memory when it was read in the last seconds and is still valid. */
  public Optional<TokenCaller> token(
      String tokenHash, Instant now, Supplier<Optional<TokenCaller>> read) {
    TokenCaller known = tokens.getIfPresent(tokenHash);
    if (known != null && now.isBefore(known.expiresAt())) {
      return Optional.of(known);
    }
    Optional<TokenCaller> found = read.get();
    found.ifPresent(caller -> tokens.put(tokenHash, caller));
    return found;
  }

  /** The account's caller, from memory when it was read in the last seconds. */
  public Optional<Caller> account(UUID account, Supplier<Optional<Caller>> read) {
    Caller known = accounts.getIfPresent(account);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Caller> found = read.get();
    found.ifPresent(caller -> accounts.put(account, caller));
    return found;
  }

  /**
   * Whether the page session with this key is live for the account, from memory when it was seen
   * live in the last seconds (a revoked one is never remembered).
   */
  public boolean session(UUID key, UUID account, java.util.function.BooleanSupplier read) {
    if (account.equals(sessions.getIfPresent(key))) {
      return true;
    }
    boolean live = read.getAsBoolean();
    if (live) {
      sessions.put(key, account);
    }
    return live;
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
    switch (what.region()) {
      case SESSION -> sessions.invalidate(UUID.fromString(what.key()));
      case SESSIONS -> {
        UUID account = UUID.fromString(what.key());
        sessions.asMap().values().removeIf(account::equals);
      }
      case TOKEN -> {
        UUID token = UUID.fromString(what.key());
        tokens.asMap().values().removeIf(entry -> entry.tokenId().equals(token));
      }
      case ACCOUNT -> {
        UUID account = UUID.fromString(what.key());
        accounts.invalidate(account);
        tokens.asMap().values().removeIf(entry -> entry.caller().is(account));
      }
      default -> {
        // another cache's region
      }
    }
  }
}
