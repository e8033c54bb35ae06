package org.pathways.platform.boundary;

import java.util.Locale;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.Refusal;

/**
 * What a refusal's reason is in HTTP: the one place that maps a reason to a status, for the API's
 * problem answers and for pages that answer with an error status; and the problem's title, from the
 * bundle.
 */
public final class RefusalStatus {

  private RefusalStatus() {}

  public static int of(Refusal.Kind reason) {
    return switch (reason) {
      case INVALID -> 400;
      case NOT_SIGNED_IN -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case UNPROCESSABLE -> 422;
      case TOO_MANY -> 429;
      case BUSY -> 503;
    };
  }

  /** The problem title of this reason, in the reader's language. */
  public static String title(Refusal.Kind reason, Locale reader) {
    return Texts.in(reader, Message.of(titleKey(reason)));
  }

  static String titleKey(Refusal.Kind reason) {
    return "platform.problem.reason." + reason.name().toLowerCase(Locale.ROOT);
  }

  /** The title of a status the JAX-RS runtime chose (not a refusal's). */
  static String statusTitle(int status, Locale reader) {
    return Texts.in(reader, Message.of(statusKey(status)));
  }

  static String statusKey(int status) {
    return switch (status) {
      case 400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429 ->
          "platform.problem.status." + status;
      default -> "platform.problem.status.other";
    };
  }
}
