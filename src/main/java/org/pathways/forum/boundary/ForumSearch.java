package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pathways.forum.control.SearchSnippet;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.entity.Refusal;

/**
 * Full-text search (PostgreSQL, English stemming) over the posts a caller may read, ranked, with
 * the matching words highlighted. The snippet is escaped before the highlight is added, so only
 * {@code <mark>} reaches the page.
 */
@ApplicationScoped
public class ForumSearch {

  public static final int PER_PAGE = 20;

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Spaces spaces;

  /** One post found: where it is and a highlighted snippet (safe HTML). */
  public record Hit(
      UUID post, UUID thread, String threadTitle, String space, int seq, String snippet) {}

  @Transactional
  public List<Hit> search(Caller caller, String query, int page) {
    List<String> keys = spaces.readableKeys(caller);
    String text = query == null ? "" : query.strip();
    if (text.isEmpty()) {
      return List.of();
    }
    if (text.length() > 200) {
      throw Refusal.invalid("q", "forum.search.tooLong");
    }
    int shown = Math.min(Math.max(1, page), 50);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select p.id, t.id, t.title, t.space_key, p.seq,"
                    // A post kept from before control characters were stripped on input must not
                    // bring its own highlight markers.
                    + " ts_headline('english', translate(p.body, chr(2) || chr(3) || chr(4), ''), q,"
                    + " 'StartSel=\u0002, StopSel=\u0003,"
                    + " MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\u0004')"
                    + " from forum_post p join forum_thread t on t.id = p.thread_id,"
                    + " websearch_to_tsquery('english', ?1) q"
                    + " where p.search @@ q and p.deleted_at is null and p.hidden_at is null"
                    + " and t.space_key = any(?2)"
                    + " order by ts_rank(p.search, q) desc, p.created_at desc"
                    + " limit "
                    + PER_PAGE
                    + " offset "
                    + ((shown - 1) * PER_PAGE))
            .setParameter(1, text)
            .setParameter(2, SqlArrays.texts(em, keys))
            .getResultList();
    List<Hit> hits = new ArrayList<>();
    for (Object[] r : rows) {
      hits.add(
          new Hit(
              (UUID) r[0],
              (UUID) r[1],
              (String) r[2],
              (String) r[3],
              ((Number) r[4]).intValue(),
              SearchSnippet.html((String) r[5])));
    }
    return hits;
  }
}
