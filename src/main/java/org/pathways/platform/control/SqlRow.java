package org.pathways.platform.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One row of a native SQL query, read by column position as the type its record wants: the one
 * place that knows what the driver hands back (a {@code Timestamp} or an {@code OffsetDateTime} for
 * a time, any {@code Number} for a count). Native queries turn their rows into records through
 * {@link #map}.
 */
public final class SqlRow {

  private final Object[] values;

  private SqlRow(Object[] values) {
    this.values = values;
  }

  /** The rows of {@code getResultList()} turned into records (a one-column result too). */
  public static <T> List<T> map(List<?> rows, Function<SqlRow, T> record) {
    return rows.stream()
        .map(row -> record.apply(new SqlRow(row instanceof Object[] r ? r : new Object[] {row})))
        .toList();
  }

  public UUID uuid(int column) {
    return (UUID) values[column];
  }

  public String text(int column) {
    return (String) values[column];
  }

  public int integer(int column) {
    return ((Number) values[column]).intValue();
  }

  public long number(int column) {
    return ((Number) values[column]).longValue();
  }

  /** A time as an instant; null stays null. */
  public Instant instant(int column) {
    return instant(values[column]);
  }

  /** Whether the column holds a value (a time that is set, for instance). */
  public boolean present(int column) {
    return values[column] != null;
  }

  /** The value as the driver gave it. */
  public Object value(int column) {
    return values[column];
  }

  static Instant instant(Object value) {
    if (value instanceof Timestamp time) {
      return time.toInstant();
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    return (Instant) value;
  }
}
