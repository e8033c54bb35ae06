package org.pathways.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The log of platform starts (when, which version, which host): it tells an operator how long an
 * instance has been up and which build it runs.
 */
public final class PlatformStarts {

  private PlatformStarts() {}

  public static void record(DataSource dataSource, Instant at, String version, String host)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into platform_start (started_at, version, host) values (?, ?, ?)")) {
      insert.setTimestamp(1, Timestamp.from(at));
      insert.setString(2, version);
      insert.setString(3, host);
      insert.executeUpdate();
    }
  }
}
