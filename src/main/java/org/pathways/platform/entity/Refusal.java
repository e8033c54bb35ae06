package org.pathways.platform.entity;

import java.time.Duration;
import java.util.List;
import org.pathways.platform.control.Texts;

/**
 * A request the platform refuses, for a reason a person can act on. Features throw it from their
 * rules; the boundary turns it into a problem response or a page message.
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
    TOO_MANY
  }

  /** One field that is not valid, and why. */
  public record FieldError(String field, String message) {}

  private final Kind kind;
  private final transient List<FieldError> errors;
  private final Duration retryAfter;
  private String messageKey;
  private transient Object[] messageArguments = new Object[0];

  public Refusal(Kind kind, String detail) {
    this(kind, detail, List.of(), null);
  }

  public Refusal(Kind kind, String detail, List<FieldError> errors, Duration retryAfter) {
    super(detail);
    this.kind = kind;
    this.errors = List.copyOf(errors);
    this.retryAfter = retryAfter;
  }

  /**
   * A refusal for this reason, its sentence the bundle key's: English in the API's detail, the
   * reader's language on pages.
   */
  public static Refusal of(Kind kind, String key, Object... arguments) {
    return new Refusal(kind, Texts.english(key, arguments)).keyed(key, arguments);
  }

  /** One field that is not valid, and why (a bundle key, as for {@link #of}). */
  public static Refusal invalid(String field, String key, Object... arguments) {
    String message = Texts.english(key, arguments);
    return new Refusal(Kind.INVALID, message, List.of(new FieldError(field, message)), null)
        .keyed(key, arguments);
  }

  /** Not found, or not to be seen by the caller (a bundle key, as for {@link #of}). */
  public static Refusal notFound(String key, Object... arguments) {
    return of(Kind.NOT_FOUND, key, arguments);
  }

  /**
   * Too many attempts: the caller should wait (Retry-After), and a sentence from the bundle saying
   * how long to wait (English in the API's detail, the reader's language on pages).
   */
  public static Refusal tooMany(Duration wait, String key, Object... arguments) {
    return new Refusal(Kind.TOO_MANY, Texts.english(key, arguments), List.of(), wait)
        .keyed(key, arguments);
  }

  public Kind kind() {
    return kind;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /**
   * The same refusal with the resource-bundle key (and arguments) that pages show instead of the
   * English detail the API answers with.
   */
  public Refusal keyed(String key, Object... arguments) {
    this.messageKey = key;
    this.messageArguments = arguments.clone();
    return this;
  }

  /** The bundle key for pages, or null when the refusal has none. */
  public String messageKey() {
    return messageKey;
  }

  public Object[] messageArguments() {
    return messageArguments.clone();
  }
}
