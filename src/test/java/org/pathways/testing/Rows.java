package org.pathways.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads of the test database, for checking what the platform wrote. */
public final class Rows {

  private Rows() {}

  /** The first column of every row of {@code sql} with its one parameter, as text. */
  public static List<String> texts(DataSource database, String sql, String parameter) {
    try (Connection connection = database.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
          values.add(rows.getString(1));
        }
        return values;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The number {@code sql} (a {@code select count(*)}) answers for its one parameter. */
  public static long count(DataSource database, String sql, String parameter) {
    return Long.parseLong(texts(database, sql, parameter).get(0));
  }
}
