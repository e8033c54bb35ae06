package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.pathways.identity.entity.PersonalData;
import org.pathways.platform.control.PersonalRows;

/**
 * A teacher's forum posts (with their earlier versions), threads started, follows, reports and
 * settings, for the personal-data export. Deleting the account keeps the posts in their threads
 * under "A former member" (the author column is emptied), so that conversations stay readable.
 */
@ApplicationScoped
public class ForumData implements PersonalData {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Override
  public String section() {
    return "forum";
  }

  @Override
  public Object export(UUID account) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "posts",
        PersonalRows.rows(
            em,
            "select p.id, t.title, t.space_key, p.body, p.created_at, p.edited_at, p.deleted_at"
                + " from forum_post p join forum_thread t on t.id = p.thread_id"
                + " where p.author_id = ?1 order by p.created_at",
            account,
            "id",
            "thread",
            "space",
            "body",
            "createdAt",
            "editedAt",
            "deletedAt"));
    data.put(
        "earlierVersions",
        PersonalRows.rows(
            em,
            "select r.post_id, r.body, r.replaced_at from forum_post_revision r"
                + " join forum_post p on p.id = r.post_id where p.author_id = ?1"
                + " order by r.replaced_at",
            account,
            "post",
            "body",
            "replacedAt"));
    data.put(
        "follows",
        PersonalRows.rows(
            em,
            "select t.id, t.title, f.created_at from forum_follow f"
                + " join forum_thread t on t.id = f.thread_id where f.account_id = ?1",
            account,
            "thread",
            "title",
            "since"));
    data.put(
        "reports",
        PersonalRows.rows(
            em,
            "select post_id, reason, created_at from forum_report where reporter_id = ?1",
            account,
            "post",
            "reason",
            "createdAt"));
    data.put(
        "settings",
        PersonalRows.rows(
            em,
            "select email, last_digest_at from forum_settings where account_id = ?1",
            account,
            "email",
            "lastDigestAt"));
    return data;
  }
}
