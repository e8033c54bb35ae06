package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.control.RepeatRules;
import org.pathways.platform.control.SchemaReady;
import org.pathways.platform.control.SqlRow;
import org.pathways.platform.control.Sweeps;

/**
 * The kept first answers of calls made with an {@code Idempotency-Key}, in the database so that a
 * repeat reaching another instance gets the same answer. Each method is its own transaction: a
 * claim is visible to other instances at once, and an answer is kept only after the call's own work
 * committed.
 */
@ApplicationScoped
public class RepeatedRequests {

  /** What a claim found: this call may go on, or an earlier call with the same key. */
  public sealed interface Claim {}

  /** The key is this call's: do the work, then {@link #keep} or {@link #release}. */
  public record Claimed() implements Claim {}

  /** The same key came with another method, path or body. */
  public record OtherCall() implements Claim {}

  /** The first call with this key is still being worked on. */
  public record Busy() implements Claim {}

  /** The first call's answer, to give again. */
  public record Answer(int status, String contentType, byte[] body) implements Claim {}

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Clock clock;
  @Inject Sweeps sweeps;

  @Inject
  @ConfigProperty(name = "pathways.idempotency.sweep-minutes", defaultValue = "60")
  int sweepMinutes;

  private final AtomicBoolean started = new AtomicBoolean();

  void start(@Observes SchemaReady ready) {
    if (started.compareAndSet(false, true)) {
      sweeps.every("Idempotency keys forgotten", sweepMinutes, this::forgetOld);
    }
  }

  /** Claims the key for this call, or says what an earlier call with it left. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Claim claim(UUID account, String key, String fingerprint) {
    Instant now = clock.instant();
    int inserted =
        em.createNativeQuery(
                "insert into repeated_request (account_id, request_key, fingerprint, claimed_at,"
                    + " created_at) values (?1, ?2, ?3, ?4, ?4) on conflict do nothing")
            .setParameter(1, account)
            .setParameter(2, key)
            .setParameter(3, fingerprint)
            .setParameter(4, Timestamp.from(now))
            .executeUpdate();
    if (inserted == 1) {
      return new Claimed();
    }
    List<Claim> found =
        SqlRow.map(
            em.createNativeQuery(
                    "select fingerprint, status, content_type, body, claimed_at from"
                        + " repeated_request where account_id = ?1 and request_key = ?2"
                        + " for update")
                .setParameter(1, account)
                .setParameter(2, key)
                .getResultList(),
            row -> {
              if (!fingerprint.equals(row.text(0))) {
                return new OtherCall();
              }
              if (row.present(1)) {
                return new Answer(row.integer(1), row.text(2), (byte[]) row.value(3));
              }
              return row.instant(4).plus(RepeatRules.CLAIM).isAfter(now) ? new Busy() : null;
            });
    if (found.isEmpty()) {
      // Given up between the insert and the read: the caller may simply try again.
      return new Busy();
    }
    if (found.get(0) != null) {
      return found.get(0);
    }
    // A claim whose instance stopped working on it: this call takes it over.
    em.createNativeQuery(
            "update repeated_request set claimed_at = ?3 where account_id = ?1"
                + " and request_key = ?2")
        .setParameter(1, account)
        .setParameter(2, key)
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
    return new Claimed();
  }

  /** Keeps the call's answer for repeats of its key. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void keep(UUID account, String key, int status, String contentType, byte[] body) {
    em.createNativeQuery(
            "update repeated_request set status = ?3, content_type = ?4, body = ?5"
                + " where account_id = ?1 and request_key = ?2")
        .setParameter(1, account)
        .setParameter(2, key)
        .setParameter(3, status)
        .setParameter(4, contentType)
        .setParameter(5, body)
        .executeUpdate();
  }

  /** Gives the key up: the call answered "try again", and its repeat should do the work. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(UUID account, String key) {
    em.createNativeQuery(
            "delete from repeated_request where account_id = ?1 and request_key = ?2"
                + " and status is null")
        .setParameter(1, account)
        .setParameter(2, key)
        .executeUpdate();
  }

  /** Forgets the answers older than a day; returns how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int forgetOld() {
    return em.createNativeQuery("delete from repeated_request where created_at < ?1")
        .setParameter(1, Timestamp.from(clock.instant().minus(RepeatRules.KEPT)))
        .executeUpdate();
  }
}
