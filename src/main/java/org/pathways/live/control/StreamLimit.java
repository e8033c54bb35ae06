package org.pathways.live.control;

import java.util.List;

/**
 * At most {@code limit} open streams per account: when one more opens, the oldest are closed (not
 * the new one refused). The page opened last is the one the teacher looks at; a stream left by a
 * laptop closed without a goodbye can stay "open" for many minutes before a heartbeat fails, and a
 * refusal would keep the teacher's current page without updates all that time. A stream closed for
 * the limit is told so ({@code closed} event), and the page then stops reconnecting, so two tabs
 * over the limit never close each other in turn.
 */
public final class StreamLimit {

  private StreamLimit() {}

  /** The streams to close, oldest first, before one more opens beside {@code openOldestFirst}. */
  public static <T> List<T> toClose(List<T> openOldestFirst, int limit) {
    int keep = Math.max(0, Math.max(1, limit) - 1);
    int close = openOldestFirst.size() - keep;
    return close <= 0 ? List.of() : List.copyOf(openOldestFirst.subList(0, close));
  }
}
