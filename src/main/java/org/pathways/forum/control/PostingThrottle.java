package org.pathways.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.Limits;

/**
 * Flood protection: each account may post (threads, replies and edits) at most 6 times a minute and
 * 60 times an hour ({@code pathways.limits.forum-posts}).
 */
@ApplicationScoped
public class PostingThrottle {

  static final String LIMIT = "forum-posts";
  static final String DEFAULT = "6/1m,60/1h";

  @Inject Limiter limiter;
  @Inject Limits limits;

  /** Takes one post from the account's allowance; empty when allowed, else how long to wait. */
  public Optional<Duration> take(UUID account) {
    return limiter.take(limits.named(LIMIT, DEFAULT), account.toString());
  }
}
