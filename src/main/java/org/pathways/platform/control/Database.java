package org.pathways.platform.control;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The platform's one PostgreSQL database: its connection pool, and whether it answers right now.
 *
 * <p>The pool validates a connection it hands out (at most every 5 s) and drops them all after a
 * failure, so a database that restarts is picked up again without restarting the platform.
 *
 * <p>Size: at most 16 connections per instance. Transactions here are short (no password is hashed
 * and nothing waits on the network inside one), so a connection is held for milliseconds: the
 * teachers' mix at 16 teachers without think time, which keeps both cores of the development box
 * busy, had at most 5 connections in a transaction at once (sampled every 0.1 s from {@code
 * pg_stat_activity}). 16 leaves room for a slow report or a burst of writes, and four instances
 * stay within PostgreSQL's default of 100 connections. A request that finds none free waits up to
 * 10 s ({@code max-wait-time-in-millis}) before its request fails.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=pathways.db.url}",
    user = "${MPCONFIG=pathways.db.user}",
    password = "${MPCONFIG=pathways.db.password}",
    initialPoolSize = 0,
    minPoolSize = 0,
    maxPoolSize = 16,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true",
      // Validate a connection at most every 5 s: one round trip fewer per request under load; a
      // failure still drops every connection (fail-all-connections).
      "fish.payara.validate-atmost-once-period-in-seconds=5",
      "fish.payara.max-wait-time-in-millis=10000",
      "connectTimeout=5",
      "loginTimeout=5",
      "ApplicationName=pathways",
      "stringType=unspecified"
    })
@ApplicationScoped
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/pathways";
  private static final Logger LOG = Logger.getLogger(Database.class.getName());
  private static final int VALIDATION_TIMEOUT_SECONDS = 3;

  @Resource(lookup = JNDI_NAME)
  DataSource dataSource;

  @Inject DatabaseSettings settings;
  @Inject Clock clock;

  private final AtomicReference<DatabaseState> state = new AtomicReference<>();

  public DataSource dataSource() {
    return dataSource;
  }

  public DatabaseSettings settings() {
    return settings;
  }

  /** Asks the database whether it answers, and logs once each time the answer changes. */
  public DatabaseState probe() {
    DatabaseState now = settings.problem().map(DatabaseState::misconfigured).orElseGet(this::ask);
    DatabaseState before = state.getAndSet(now);
    if (before == null || before.reachable() != now.reachable()) {
      logChange(before, now);
    }
    return now;
  }

  private DatabaseState ask() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_TIMEOUT_SECONDS)
          ? DatabaseState.reachable(clock.instant())
          : DatabaseState.unreachable(
              "it did not answer within " + VALIDATION_TIMEOUT_SECONDS + " s");
    } catch (SQLException | RuntimeException e) {
      return DatabaseState.unreachable(rootMessage(e));
    }
  }

  private void logChange(DatabaseState before, DatabaseState now) {
    if (now.reachable()) {
      LOG.info(
          () ->
              "Database " + settings.describe() + " answers" + (before == null ? "." : " again."));
    } else if (now.misconfigured()) {
      LOG.severe(() -> "Database settings cannot be used: " + now.reason());
    } else {
      LOG.log(
          Level.WARNING,
          "Cannot reach the database {0}: {1}. Pathways keeps running, reports not-ready at"
              + " /health/ready and connects again by itself when the database answers.",
          new Object[] {settings.describe(), now.reason()});
    }
  }

  /** The innermost cause's message: what went wrong, without the layers that carried it. */
  public static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.strip();
  }
}
