package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.forum.entity.ForumPost;
import org.pathways.forum.entity.ForumThread;
import org.pathways.forum.entity.Space;
import org.pathways.identity.boundary.AuditTrail;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.control.SqlArrays;
import org.pathways.platform.control.SqlRow;
import org.pathways.platform.control.UserText;
import org.pathways.platform.entity.Refusal;

/**
 * Reports and what moderators do about them: hide or restore a post, lock, pin or move a thread. A
 * report goes to the moderators of the post's space; every moderation action is audited.
 */
@ApplicationScoped
public class Moderation {

  static final int MAX_REASON = 1000;

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject ForumAccess access;
  @Inject Spaces spaces;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** How many reports one account may send in 24 hours. */
  @Inject
  @ConfigProperty(name = "pathways.limits.reports-per-day", defaultValue = "30")
  int reportsPerDay;

  /** An open report, as its moderators see it. */
  public record Report(
      UUID id,
      UUID post,
      UUID thread,
      String threadTitle,
      String space,
      String reason,
      Instant at) {}

  /** A thread's moderation: each field left null stays as it is. */
  public record ThreadChange(Boolean locked, Boolean pinned, String space) {}

  /** Reports a post (once per reporter while the report is open). */
  @Transactional
  public UUID report(Caller caller, UUID postId, String reason) {
    ForumPost post = access.readablePost(caller, postId);
    String text = reason == null ? "" : UserText.clean(reason).strip();
    if (text.isEmpty()) {
      throw Refusal.invalid("reason", "forum.report.reason.required");
    }
    if (text.length() > MAX_REASON) {
      throw Refusal.invalid("reason", "forum.report.reason.tooLong");
    }
    List<?> open =
        em.createNativeQuery(
                "select id from forum_report where post_id = ?1 and reporter_id = ?2"
                    + " and resolved_at is null")
            .setParameter(1, post.getId())
            .setParameter(2, caller.id())
            .getResultList();
    if (!open.isEmpty()) {
      return (UUID) open.get(0);
    }
    Instant now = clock.instant();
    Object sent =
        em.createNativeQuery(
                "select count(*) from forum_report where reporter_id = ?1 and created_at > ?2")
            .setParameter(1, caller.id())
            .setParameter(2, now.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
            .getSingleResult();
    if (((Number) sent).longValue() >= reportsPerDay) {
      // The API's detail has always shown the number without a thousands separator.
      throw Refusal.tooMany(Duration.ofHours(1), "forum.report.limit", reportsPerDay)
          .withDetail("forum.report.limit", String.valueOf(reportsPerDay));
    }
    UUID id = UUID.randomUUID();
    em.createNativeQuery(
            "insert into forum_report (id, post_id, reporter_id, reason, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, id)
        .setParameter(2, post.getId())
        .setParameter(3, caller.id())
        .setParameter(4, text)
        .setParameter(5, now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
    return id;
  }

  /** The open reports in every space the caller moderates. */
  @Transactional
  public List<Report> openReports(Caller caller) {
    Spaces.Memberships memberships = spaces.memberships(caller);
    List<String> moderated =
        spaces.readable(caller).stream()
            .filter(space -> spaces.moderates(caller, space, memberships))
            .map(Space::key)
            .toList();
    if (moderated.isEmpty()) {
      return List.of();
    }
    return SqlRow.map(
        em.createNativeQuery(
                "select r.id, r.post_id, t.id, t.title, t.space_key, r.reason, r.created_at"
                    + " from forum_report r join forum_post p on p.id = r.post_id"
                    + " join forum_thread t on t.id = p.thread_id where r.resolved_at is null"
                    + " and t.space_key = any(?1) order by r.created_at limit 200")
            .setParameter(1, SqlArrays.texts(em, moderated))
            .getResultList(),
        r ->
            new Report(
                r.uuid(0), r.uuid(1), r.uuid(2), r.text(3), r.text(4), r.text(5), r.instant(6)));
  }

  /** Hides a post from readers (or shows it again); its open reports are resolved. */
  @Transactional
  public ForumPost hide(Caller caller, UUID postId, boolean hidden) {
    ForumPost post = access.readablePost(caller, postId);
    ForumThread thread = em.find(ForumThread.class, post.getThreadId());
    requireModerator(caller, thread.getSpaceKey());
    Instant now = clock.instant();
    if (hidden) {
      post.hide(caller.id(), now);
    } else {
      post.restore();
    }
    em.createNativeQuery(
            "update forum_report set resolved_at = ?2, resolved_by = ?3 where post_id = ?1"
                + " and resolved_at is null")
        .setParameter(1, post.getId())
        .setParameter(2, now.atOffset(ZoneOffset.UTC))
        .setParameter(3, caller.id())
        .executeUpdate();
    audit.record(
        caller.id(),
        hidden ? "forum.post.hidden" : "forum.post.restored",
        post.getId().toString(),
        thread.getSpaceKey(),
        null);
    return post;
  }

  /** Locks, pins or moves a thread; moving needs the moderator's right in both spaces. */
  @Transactional
  public ForumThread change(Caller caller, UUID threadId, ThreadChange change) {
    ForumThread thread = access.readableThread(caller, threadId);
    requireModerator(caller, thread.getSpaceKey());
    if (change.locked() != null && change.locked() != thread.isLocked()) {
      thread.lock(change.locked());
      audit.record(
          caller.id(),
          change.locked() ? "forum.thread.locked" : "forum.thread.unlocked",
          thread.getId().toString(),
          thread.getSpaceKey(),
          null);
    }
    if (change.pinned() != null && change.pinned() != thread.isPinned()) {
      thread.pin(change.pinned());
      audit.record(
          caller.id(),
          change.pinned() ? "forum.thread.pinned" : "forum.thread.unpinned",
          thread.getId().toString(),
          thread.getSpaceKey(),
          null);
    }
    if (change.space() != null && !change.space().equals(thread.getSpaceKey())) {
      Space target;
      try {
        target = spaces.readable(caller, change.space());
      } catch (Refusal notFound) {
        throw Refusal.invalid("space", "forum.move.noSpace");
      }
      requireModerator(caller, target.key());
      String from = thread.getSpaceKey();
      thread.moveTo(target.key());
      audit.record(
          caller.id(),
          "forum.thread.moved",
          thread.getId().toString(),
          from + " -> " + target.key(),
          null);
    }
    return thread;
  }

  private void requireModerator(Caller caller, String spaceKey) {
    Space space = spaces.readable(caller, spaceKey);
    if (!spaces.moderates(caller, space, spaces.memberships(caller))) {
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "forum.moderatorsOnly");
    }
  }
}
