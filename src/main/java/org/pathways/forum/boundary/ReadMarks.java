package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathways.forum.entity.ForumThread;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.control.SqlArrays;
import org.pathways.platform.control.SqlRow;

/** How far each teacher has read each thread (never backwards), for the unread markers. */
@ApplicationScoped
public class ReadMarks {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject ForumAccess access;

  /** Remembers how far the caller has read (never backwards, never past the last post). */
  @Transactional
  public void read(Caller caller, UUID threadId, int seq) {
    ForumThread thread = access.readableThread(caller, threadId);
    mark(caller.id(), thread.getId(), Math.min(seq, thread.getPostCount()));
  }

  /** The number of the last post the account has read in the thread (0 for none). */
  int lastRead(UUID account, UUID thread) {
    List<?> read =
        em.createNativeQuery(
                "select last_seq from forum_read where account_id = ?1 and thread_id = ?2")
            .setParameter(1, account)
            .setParameter(2, thread)
            .getResultList();
    return read.isEmpty() ? 0 : ((Number) read.get(0)).intValue();
  }

  /** How far an account has read a thread. */
  private record Read(UUID thread, int lastSeq) {}

  /** Posts not yet read by the caller, per thread (one query). */
  Map<UUID, Integer> unread(Caller caller, List<ForumThread> threads) {
    Map<UUID, Integer> unread = new HashMap<>();
    if (threads.isEmpty()) {
      return unread;
    }
    Map<UUID, Integer> read = new HashMap<>();
    SqlRow.map(
            em.createNativeQuery(
                    "select thread_id, last_seq from forum_read where account_id = ?1"
                        + " and thread_id = any(?2)")
                .setParameter(1, caller.id())
                .setParameter(
                    2, SqlArrays.uuids(em, threads.stream().map(ForumThread::getId).toList()))
                .getResultList(),
            r -> new Read(r.uuid(0), r.integer(1)))
        .forEach(r -> read.put(r.thread(), r.lastSeq()));
    for (ForumThread thread : threads) {
      unread.put(
          thread.getId(),
          Math.max(0, thread.getPostCount() - read.getOrDefault(thread.getId(), 0)));
    }
    return unread;
  }

  void mark(UUID account, UUID thread, int seq) {
    em.createNativeQuery(
            "insert into forum_read (account_id, thread_id, last_seq) values (?1, ?2, ?3)"
                + " on conflict (account_id, thread_id) do update"
                + " set last_seq = greatest(forum_read.last_seq, excluded.last_seq)")
        .setParameter(1, account)
        .setParameter(2, thread)
        .setParameter(3, seq)
        .executeUpdate();
  }
}
