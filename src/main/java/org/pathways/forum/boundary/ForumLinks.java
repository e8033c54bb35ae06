package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.pathways.platform.boundary.PublicSite;

/**
 * The forum's page addresses in one place: paths from the site root for redirects and page links,
 * and, for what leaves the site (mail), the same from the public address.
 */
@ApplicationScoped
public class ForumLinks {

  private static final String THREAD = "/forum/thread.xhtml";

  @Inject PublicSite site;

  /** A thread's page (its first). */
  public static String threadPath(Object thread) {
    return UriBuilder.fromPath(THREAD).queryParam("id", thread).build().toString();
  }

  /** A page of a thread. */
  public static String threadPath(Object thread, Object page) {
    return UriBuilder.fromPath(THREAD)
        .queryParam("id", thread)
        .queryParam("page", page)
        .build()
        .toString();
  }

  /** A post on its thread's page. */
  public static String postPath(UUID thread, int page, int seq) {
    return UriBuilder.fromPath(THREAD)
        .queryParam("id", thread)
        .queryParam("page", page)
        .fragment("post-" + seq)
        .build()
        .toString();
  }

  /** A thread's page; refuses while there is no usable public address. */
  public String thread(UUID thread) {
    return site.link(threadPath(thread));
  }

  /** The notifications page, where the mail choice is changed. */
  public String notifications() {
    return site.link("/forum/notifications.xhtml");
  }
}
