package org.pathways.platform.control;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether an error means "the database did not answer in time or cannot be reached" (try again
 * later, nothing was saved) rather than a fault in the request or the code.
 *
 * <p>It looks through every layer that carried the error (JPA, EclipseLink, transactions, Faces)
 * for one of: a connection error (SQLState class {@code 08}, which the driver uses when its {@code
 * socketTimeout} fires), a statement cancelled by {@code statement_timeout} ({@code 57014}), a
 * server shutting down or not yet accepting connections ({@code 57P01}-{@code 57P03}), too many
 * connections ({@code 53300}), the JDBC timeout and connection exception types, a socket timeout or
 * refused connection, or the pool giving up waiting for a free connection. A constraint violation
 * or a syntax error is not one: those stay what they are.
 */
public final class DatabaseUnavailable {

  private static final Set<String> STATES = Set.of("57014", "57P01", "57P02", "57P03", "53300");

  /** Whole seconds a client should wait before trying again ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseUnavailable() {}

  public static boolean recognises(Throwable error) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return recognises(error, seen);
  }

  private static boolean recognises(Throwable error, Set<Throwable> seen) {
    if (error == null || !seen.add(error)) {
      return false;
    }
    if (itself(error)) {
      return true;
    }
    if (error instanceof SQLException sql && recognises(sql.getNextException(), seen)) {
      return true;
    }
    for (Throwable suppressed : error.getSuppressed()) {
      if (recognises(suppressed, seen)) {
        return true;
      }
    }
    return recognises(error.getCause(), seen);
  }

  private static boolean itself(Throwable error) {
    if (error instanceof SQLTimeoutException
        || error instanceof SQLTransientConnectionException
        || error instanceof SQLNonTransientConnectionException
        || error instanceof SocketTimeoutException
        || error instanceof ConnectException) {
      return true;
    }
    if (error instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      if (state.startsWith("08") || STATES.contains(state)) {
        return true;
      }
    }
    return poolGaveUp(error);
  }

  /**
   * The pool's own refusals carry no SQLState: it waited its {@code max-wait-time} for a free
   * connection, or could not make a new one.
   */
  private static boolean poolGaveUp(Throwable error) {
    String message = error.getMessage();
    return message != null
        && (message.contains("expired max-wait-time")
            || message.contains("Error in allocating a connection"));
  }
}
