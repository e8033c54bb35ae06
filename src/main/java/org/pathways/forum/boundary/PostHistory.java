package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.pathways.forum.control.PostAccess;
import org.pathways.forum.entity.ForumPost;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.control.SqlRow;

/**
 * The earlier texts of edited posts, for whoever may read the post's text ({@link PostAccess}): of
 * a deleted or hidden post, only its author and the moderators.
 */
@ApplicationScoped
public class PostHistory {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject ForumAccess access;

  /** An earlier text of a post and when it was replaced. */
  public record Version(String body, Instant replacedAt) {}

  /** The earlier texts of a post, newest first. */
  @Transactional
  public List<Version> history(Caller caller, UUID postId) {
    ForumPost post = access.postWithText(caller, postId);
    return SqlRow.map(
        em.createNativeQuery(
                "select body, replaced_at from forum_post_revision where post_id = ?1"
                    + " order by id desc")
            .setParameter(1, post.getId())
            .getResultList(),
        row -> new Version(row.text(0), row.instant(1)));
  }

  /** Keeps the text an edit replaced (in the edit's transaction). */
  void keep(ForumPost post, String before, UUID editor, Instant now) {
    em.createNativeQuery(
            "insert into forum_post_revision (post_id, body, replaced_at, edited_by)"
                + " values (?1, ?2, ?3, ?4)")
        .setParameter(1, post.getId())
        .setParameter(2, before)
        .setParameter(3, now.atOffset(ZoneOffset.UTC))
        .setParameter(4, editor)
        .executeUpdate();
  }
}
