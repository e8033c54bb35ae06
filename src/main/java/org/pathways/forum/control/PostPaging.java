package org.pathways.forum.control;

import org.pathways.platform.entity.PageRequest;

/**
 * Which page of a thread's posts is shown. Pages count from 1 and take their size by the {@link
 * PageRequest} rules; a page of 0 or less, or beyond the last, is the last page, which is where the
 * forum's links to a thread ({@code page=0}) and a new post land.
 *
 * @param shown the page shown and its size
 * @param pages how many pages the thread has at that size (at least 1)
 */
public record PostPaging(PageRequest shown, int pages) {

  /** The page shown of a thread of {@code posts} posts, for the asked page and size. */
  public static PostPaging of(int page, Integer size, int posts) {
    int perPage = PageRequest.of(1, size).size();
    int pages = Math.max(1, (posts + perPage - 1) / perPage);
    int shown = page <= 0 || page > pages ? pages : page;
    return new PostPaging(new PageRequest(shown, perPage), pages);
  }

  /** The page (at the default size) that holds the post numbered {@code seq}. */
  public static int pageOf(int seq) {
    return Math.max(1, (seq + PageRequest.DEFAULT_SIZE - 1) / PageRequest.DEFAULT_SIZE);
  }

  /** The number of the last post before this page (posts are numbered from 1 in a thread). */
  public int after() {
    return shown.offset();
  }

  /** The number of the last post this page can hold. */
  public int upTo() {
    return shown.offset() + shown.size();
  }
}
