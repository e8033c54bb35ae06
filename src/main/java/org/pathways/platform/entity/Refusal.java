package org.pathways.platform.entity;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

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

  public static Refusal invalid(String field, String message) {
    return new Refusal(Kind.INVALID, message, List.of(new FieldError(field, message)), null);
  }

  public static Refusal notFound(String detail) {
    return new Refusal(Kind.NOT_FOUND, detail);
  }

  /**
   * Too many attempts: the caller should wait (Retry-After), and a sentence from the bundle saying
   * how long to wait (English in the API's detail, the reader's language on pages).
   */
  public static Refusal tooMany(Duration wait, String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "org.pathways.i18n.messages",
            Locale.ROOT,
            Refusal.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String detail = new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(arguments);
    return new Refusal(Kind.TOO_MANY, detail, List.of(), wait).keyed(key, arguments);
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
