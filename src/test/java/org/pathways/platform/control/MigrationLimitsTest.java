package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Migrations lift the pool's request limits while Flyway holds a connection, then put them back.
 */
class MigrationLimitsTest {

  /** What was done to the one pooled connection, in order. */
  private final List<String> done = new ArrayList<>();

  private int networkTimeout = 8000;

  @Test
  void aMigrationConnectionHasTheLongLimitUntilItGoesBackToThePool() throws Exception {
    DataSource unhurried = Migrations.unhurried(pool());

    try (Connection connection = unhurried.getConnection()) {
      assertThat(networkTimeout).isEqualTo(30 * 60 * 1000);
      assertThat(done).containsExactly("SET statement_timeout = 1800000");
      connection.getAutoCommit();
    }

    assertThat(done)
        .containsExactly(
            "SET statement_timeout = 1800000", "getAutoCommit", "RESET statement_timeout", "close");
    assertThat(networkTimeout).as("the pool's own read limit again").isEqualTo(8000);
  }

  private DataSource pool() {
    Connection connection =
        (Connection)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, arguments) ->
                    switch (method.getName()) {
                      case "getNetworkTimeout" -> networkTimeout;
                      case "setNetworkTimeout" -> {
                        networkTimeout = (Integer) arguments[1];
                        yield null;
                      }
                      case "createStatement" -> statement();
                      case "isClosed" -> false;
                      case "getAutoCommit" -> {
                        done.add("getAutoCommit");
                        yield true;
                      }
                      case "close" -> {
                        done.add("close");
                        yield null;
                      }
                      default -> null;
                    });
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, arguments) ->
                method.getName().equals("getConnection") ? connection : null);
  }

  private Statement statement() {
    return (Statement)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Statement.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("execute")) {
                done.add((String) arguments[0]);
                return false;
              }
              return null;
            });
  }
}
