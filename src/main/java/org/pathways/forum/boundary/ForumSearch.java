package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.pathways.forum.control.PostPaging;
import org.pathways.forum.control.SearchSnippet;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.control.SqlArrays;
import org.pathways.platform.control.SqlRow;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.Refusal;
import org.pathways.platform.entity.ResultPage;

/**
 * Full-text search (PostgreSQL, English stemming) over the posts a caller may read, ranked, with
 * the matching words highlighted. The snippet is escaped before the highlight is added, so only
 * {@code <mark>} reaches the page.
 */
@ApplicationScoped
public class ForumSearch {

  /**
   * How deep a search's list goes, whatever the page size: 50 pages of 20 (the best-ranked posts
   * are on the first pages).
   */
  public static final int LISTED_POSTS = 1_000;

  private static final String MATCHES =
      " from forum_post p join forum_thread t on t.id = p.thread_id,"
          + " websearch_to_tsquery('english', ?1) q"
          + " where p.search @@ q and p.deleted_at is null and p.hidden_at is null"
          + " and t.space_key = any(?2)";

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Spaces spaces;

  /** One post found: where it is and a highlighted snippet (safe HTML). */
  public record Hit(
      UUID post, UUID thread, String threadTitle, String space, int seq, String snippet) {

    /** The page of its thread the post is on, for the search page's link. */
    public int page() {
      return PostPaging.pageOf(seq);
    }
  }

  @Transactional
  public ResultPage<Hit> search(Caller caller, String query, PageRequest asked) {
    List<String> keys = spaces.readableKeys(caller);
    String text = query == null ? "" : query.strip();
    PageRequest paging = asked.within(LISTED_POSTS);
    if (text.isEmpty()) {
      return ResultPage.of(List.of(), paging, 0);
    }
    if (text.length() > 200) {
      throw Refusal.invalid("q", "forum.search.tooLong");
    }
    List<Hit> hits =
        SqlRow.map(
            em.createNativeQuery(
                    "select p.id, t.id, t.title, t.space_key, p.seq,"
                        // A post kept from before control characters were stripped on input must
                        // not bring its own highlight markers.
                        + " ts_headline('english', translate(p.body, chr(2) || chr(3) || chr(4),"
                        + " ''), q, 'StartSel=\u0002, StopSel=\u0003,"
                        + " MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\u0004')"
                        + MATCHES
                        + " order by ts_rank(p.search, q) desc, p.created_at desc"
                        + " limit ?3 offset ?4")
                .setParameter(1, text)
                .setParameter(2, SqlArrays.texts(em, keys))
                .setParameter(3, paging.size())
                .setParameter(4, paging.offset())
                .getResultList(),
            r ->
                new Hit(
                    r.uuid(0),
                    r.uuid(1),
                    r.text(2),
                    r.text(3),
                    r.integer(4),
                    SearchSnippet.html(r.text(5))));
    long total =
        ((Number)
                em.createNativeQuery("select count(*)" + MATCHES)
                    .setParameter(1, text)
                    .setParameter(2, SqlArrays.texts(em, keys))
                    .getSingleResult())
            .longValue();
    return ResultPage.of(hits, paging, total);
  }
}
