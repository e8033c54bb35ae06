package org.pathways.xapi.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * How statements reach the LRS (the xAPI 1.0.3 statement resource): up to {@link #BATCH} at once as
 * a JSON array posted to {@code statements}, which the LRS takes whole (200) or not at all.
 *
 * <ul>
 *   <li>200: every statement of the batch is sent.
 *   <li>409 (the LRS already holds one of the ids) or 400 (it refuses one statement): the batch is
 *       sent again one statement at a time, with PUT {@code statements?statementId=}; an id the LRS
 *       holds with the same content answers 204 like a new one, so a resend counts as sent, while
 *       409 (the id holds something else) or 400 keep that statement failing for an operator to
 *       see.
 *   <li>Anything else (unreachable, 401, 5xx): the whole batch is tried again later.
 * </ul>
 */
public final class Delivery {

  public static final int BATCH = 50;
  public static final String VERSION_HEADER = "X-Experience-API-Version";
  public static final String VERSION = "1.0.3";

  /** What to do with a batch after the LRS answered its POST. */
  public enum Outcome {
    SENT,
    ONE_BY_ONE,
    RETRY
  }

  private Delivery() {}

  public static Outcome batch(int status) {
    if (status == 200 || status == 204) {
      return Outcome.SENT;
    }
    if (status == 409 || status == 400) {
      return Outcome.ONE_BY_ONE;
    }
    return Outcome.RETRY;
  }

  /** Whether the LRS took one statement sent with PUT (204, or 200 from a lenient LRS). */
  public static boolean single(int status) {
    return status == 204 || status == 200;
  }

  /** The problem kept for an answer that was not a success (never a credential). */
  public static String problem(int status) {
    return switch (status) {
      case 401, 403 -> "LRS answered " + status + ": check the xAPI user name and password";
      case 409 -> "LRS answered 409: it holds a different statement with this id";
      default -> "LRS answered " + status;
    };
  }

  /** The statement resource of the configured endpoint, whether or not it ends with "/". */
  public static URI statements(String endpoint) {
    String base = endpoint.strip();
    return URI.create((base.endsWith("/") ? base : base + "/") + "statements");
  }

  /** The address that stores one statement under its id. */
  public static URI statement(String endpoint, UUID id) {
    return URI.create(statements(endpoint) + "?statementId=" + id);
  }

  /** The statements as the JSON array a POST carries. */
  public static String array(List<String> statements) {
    return "[" + String.join(",", statements) + "]";
  }

  /** The Basic authorization header's value. */
  public static String basic(String user, String password) {
    String pair = (user == null ? "" : user) + ":" + (password == null ? "" : password);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }
}
