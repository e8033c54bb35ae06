package org.pathways.platform.entity;

import java.time.Duration;
import java.util.List;

/**
 * A request the platform refuses, for a reason a person can act on. Features throw it from their
 * rules; the boundary turns it into a problem response or a page message, putting its {@link
 * Message}s in the reader's words: a refusal carries bundle keys, never sentences.
 */
public class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Why, as a reason a person can act on. What a reason becomes in HTTP (status and problem title)
   * is the boundary's business ({@code platform/boundary/RefusalStatus}).
   */
  public enum Kind {
    INVALID,
    NOT_SIGNED_IN,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    UNPROCESSABLE,
    TOO_MANY,
    /** The platform cannot take this on right now (not the caller's fault): try again soon. */
    BUSY
  }

  /** One field that is not valid, and why. */
  public record FieldError(String field, Message message) {

    public static FieldError of(String field, String key, Object... arguments) {
      return new FieldError(field, Message.of(key, arguments));
    }
  }

  private final Kind kind;
  private final transient Message message;
  private final transient Message detail;
  private final transient List<FieldError> errors;
  private final Duration retryAfter;

  /** For refusals that carry more (a subclass the boundary maps on its own). */
  protected Refusal(Kind kind, Message message) {
    this(kind, message, message, List.of(), null);
  }

  private Refusal(
      Kind kind, Message message, Message detail, List<FieldError> errors, Duration retryAfter) {
    // The key, not a sentence: what a log shows of a refusal nobody caught.
    super(detail.toString());
    this.kind = kind;
    this.message = message;
    this.detail = detail;
    this.errors = List.copyOf(errors);
    this.retryAfter = retryAfter;
  }

  /** A refusal for this reason, said by this bundle key and its arguments. */
  public static Refusal of(Kind kind, String key, Object... arguments) {
    return of(kind, Message.of(key, arguments));
  }

  public static Refusal of(Kind kind, Message message) {
    return new Refusal(kind, message, message, List.of(), null);
  }

  /** One field that is not valid, and why (a bundle key, as for {@link #of}). */
  public static Refusal invalid(String field, String key, Object... arguments) {
    Message message = Message.of(key, arguments);
    return new Refusal(
        Kind.INVALID, message, message, List.of(new FieldError(field, message)), null);
  }

  /** Some fields are not valid: the detail says so as a whole, each error why. */
  public static Refusal invalid(Message detail, List<FieldError> errors) {
    return new Refusal(Kind.INVALID, detail, detail, errors, null);
  }

  /** Not found, or not to be seen by the caller (a bundle key, as for {@link #of}). */
  public static Refusal notFound(String key, Object... arguments) {
    return of(Kind.NOT_FOUND, key, arguments);
  }

  /** Too many attempts: the caller should wait (Retry-After), and the sentence says how long. */
  public static Refusal tooMany(Duration wait, String key, Object... arguments) {
    Message message = Message.of(key, arguments);
    return new Refusal(Kind.TOO_MANY, message, message, List.of(), wait);
  }

  /**
   * The same refusal, its API detail said otherwise than its page message (the API's answer has its
   * own sentence, or shows a number without grouping).
   */
  public Refusal withDetail(String key, Object... arguments) {
    return new Refusal(kind, message, Message.of(key, arguments), errors, retryAfter);
  }

  /** The same refusal, naming the fields at fault. */
  public Refusal withErrors(List<FieldError> fieldErrors) {
    return new Refusal(kind, message, detail, fieldErrors, retryAfter);
  }

  /** The same refusal, telling the caller to wait this long before trying again. */
  public Refusal retryAfter(Duration wait) {
    return new Refusal(kind, message, detail, errors, wait);
  }

  public Kind kind() {
    return kind;
  }

  /** What a page shows. */
  public Message message() {
    return message;
  }

  /** What the API's problem detail says. */
  public Message detail() {
    return detail;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
