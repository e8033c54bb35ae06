package org.pathways.platform.control;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the schema migrations under {@code db/migration}. Flyway owns the schema: JPA never
 * generates it. Safe to run from several instances at once (Flyway locks the history table).
 *
 * <p>A migration may rewrite a large table, so it does not get the pool's request limits (6 s per
 * statement, 8 s per read, see {@link Database}): while Flyway holds a pooled connection, both are
 * lifted to {@value #LIMIT_MINUTES} minutes, and put back when it hands the connection back.
 */
public final class Migrations {

  public static final String LOCATION = "classpath:db/migration";

  /** How long one migration statement may run, and the driver waits for it. */
  static final int LIMIT_MINUTES = 30;

  private static final int LIMIT_MILLIS = (int) TimeUnit.MINUTES.toMillis(LIMIT_MINUTES);

  private Migrations() {}

  /** Applies what is pending and returns how many migrations ran. */
  public static MigrateResult apply(DataSource dataSource) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(unhurried(dataSource))
        .locations(LOCATION)
        .validateMigrationNaming(true)
        .cleanDisabled(true)
        .load()
        .migrate();
  }

  /** The pool, handing out connections with the migrations' limits for as long as they are held. */
  static DataSource unhurried(DataSource pool) {
    return (DataSource)
        Proxy.newProxyInstance(
            Migrations.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, arguments) -> {
              Object result = call(pool, method, arguments);
              return result instanceof Connection connection ? unhurried(connection) : result;
            });
  }

  private static Connection unhurried(Connection connection) throws SQLException {
    int networkTimeout = connection.getNetworkTimeout();
    connection.setNetworkTimeout(Runnable::run, LIMIT_MILLIS);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET statement_timeout = " + LIMIT_MILLIS);
    }
    InvocationHandler handler =
        (proxy, method, arguments) -> {
          if (method.getName().equals("close") && method.getParameterCount() == 0) {
            restore(connection, networkTimeout);
          }
          return call(connection, method, arguments);
        };
    return (Connection)
        Proxy.newProxyInstance(
            Migrations.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  /** Back to the pool's limits (RESET returns to the connection's start-up options). */
  private static void restore(Connection connection, int networkTimeout) {
    try {
      if (!connection.isClosed()) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("RESET statement_timeout");
        }
        connection.setNetworkTimeout(Runnable::run, networkTimeout);
      }
    } catch (SQLException e) {
      // A broken connection: the pool drops it on validation, limits and all.
    }
  }

  private static Object call(Object target, Method method, Object[] arguments) throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
