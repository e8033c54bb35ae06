package org.pathways.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The rules of the {@code Idempotency-Key} header: what a key may be, what makes two calls the same
 * call, and which answers are kept for repeats. A key names one call of one caller for 24 hours;
 * the same key with another method, path or body is a mistake, not a repeat. Answers that say the
 * work was done or refused for good (2xx, and 4xx but 408, 409 and 429) are kept; an answer that
 * says "try again" (5xx, 408, 409, 429) is not, so the repeat does the work.
 */
public final class RepeatRules {

  public static final String HEADER = "Idempotency-Key";
  public static final int MAX_KEY = 100;
  public static final Duration KEPT = Duration.ofHours(24);

  /** How long a call may be worked on before another instance may take its key over. */
  public static final Duration CLAIM = Duration.ofMinutes(1);

  /** The largest answer kept; a larger one is answered but not kept (a repeat does the work). */
  public static final int MAX_BODY = 64 * 1024;

  private RepeatRules() {}

  /** Whether a header value can be a key: 1 to 100 visible ASCII characters. */
  public static boolean validKey(String key) {
    if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
      return false;
    }
    return key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  /** What makes two calls the same: the method, the path and query, and the body's bytes. */
  public static String fingerprint(String method, String pathAndQuery, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((method + " " + pathAndQuery + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(body);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether an answer with this status is kept for repeats. */
  public static boolean kept(int status) {
    return status >= 200 && status < 500 && status != 408 && status != 409 && status != 429;
  }
}
