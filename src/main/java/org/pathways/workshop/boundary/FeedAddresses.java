package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.PasswordChanged;
import org.pathways.workshop.control.FeedSecret;

/**
 * The secrets of teachers' calendar-feed addresses: only their hash and a nonce are stored; the
 * address is derived again to be shown. A reset, and any password reset or change, replaces it.
 */
@ApplicationScoped
public class FeedAddresses {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject Clock clock;

  /** Keeps the key out of the database when set (the same on every instance). */
  @Inject
  @ConfigProperty(name = "pathways.calendar.feed-key")
  Optional<String> configuredKey;

  private volatile String key;

  /** The caller's feed secret, made on first request; the same each time until reset. */
  @Transactional
  public String current(Caller caller) {
    authorization.requireSignedIn(caller);
    Optional<UUID> nonce = nonce(caller.id());
    if (nonce.isPresent()) {
      return FeedSecret.derive(key(), caller.id(), nonce.get());
    }
    UUID fresh = UUID.randomUUID();
    em.createNativeQuery(
            "insert into calendar_feed (account_id, token_hash, nonce, created_at)"
                + " values (?1, ?2, ?3, ?4) on conflict (account_id) do nothing")
        .setParameter(1, caller.id())
        .setParameter(2, FeedSecret.hash(FeedSecret.derive(key(), caller.id(), fresh)))
        .setParameter(3, fresh)
        .setParameter(4, Reminders.utc(clock.instant()))
        .executeUpdate();
    return FeedSecret.derive(key(), caller.id(), nonce(caller.id()).orElseThrow());
  }

  /** A new secret for the caller's feed: the old address stops working at once. */
  @Transactional
  public String reset(Caller caller) {
    authorization.requireSignedIn(caller);
    UUID fresh = UUID.randomUUID();
    String secret = FeedSecret.derive(key(), caller.id(), fresh);
    em.createNativeQuery(
            "insert into calendar_feed (account_id, token_hash, nonce, created_at)"
                + " values (?1, ?2, ?3, ?4) on conflict (account_id) do update set"
                + " token_hash = excluded.token_hash, nonce = excluded.nonce,"
                + " created_at = excluded.created_at")
        .setParameter(1, caller.id())
        .setParameter(2, FeedSecret.hash(secret))
        .setParameter(3, fresh)
        .setParameter(4, Reminders.utc(clock.instant()))
        .executeUpdate();
    return secret;
  }

  /** The account whose feed this secret opens, while it is current. */
  @Transactional
  public Optional<UUID> account(String secret) {
    if (!FeedSecret.wellFormed(secret)) {
      return Optional.empty();
    }
    List<?> accounts =
        em.createNativeQuery("select account_id from calendar_feed where token_hash = ?1")
            .setParameter(1, FeedSecret.hash(secret))
            .getResultList();
    return accounts.stream().map(UUID.class::cast).findFirst();
  }

  /** Whoever knew the old password may know the address: it ends with it. */
  void passwordChanged(@Observes PasswordChanged changed) {
    em.createNativeQuery("delete from calendar_feed where account_id = ?1")
        .setParameter(1, changed.account())
        .executeUpdate();
  }

  private Optional<UUID> nonce(UUID account) {
    List<?> nonces =
        em.createNativeQuery("select nonce from calendar_feed where account_id = ?1")
            .setParameter(1, account)
            .getResultList();
    return nonces.stream().map(UUID.class::cast).findFirst();
  }

  private String key() {
    String known = key;
    if (known == null) {
      known =
          configuredKey
              .filter(value -> !value.isBlank())
              .orElseGet(
                  () ->
                      (String)
                          em.createNativeQuery("select secret from calendar_feed_key where id = 1")
                              .getSingleResult());
      key = known;
    }
    return known;
  }
}
