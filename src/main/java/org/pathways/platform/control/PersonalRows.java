package org.pathways.platform.control;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rows of one account's data read with SQL for the personal-data export: each row a map of the
 * given names to JSON-friendly values.
 */
public final class PersonalRows {

  private PersonalRows() {}

  /** The rows of a query whose one parameter is the account. */
  public static List<Map<String, Object>> rows(
      EntityManager em, String sql, UUID account, String... names) {
    @SuppressWarnings("unchecked")
    List<Object[]> found = em.createNativeQuery(sql).setParameter(1, account).getResultList();
    return found.stream()
        .map(
            row -> {
              Map<String, Object> out = new LinkedHashMap<>();
              for (int i = 0; i < names.length; i++) {
                out.put(names[i], json(row[i]));
              }
              return out;
            })
        .toList();
  }

  /** Times as ISO-8601 instants, numbers and booleans as they are, the rest as text. */
  static Object json(Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof java.sql.Timestamp time) {
      return time.toInstant().toString();
    }
    if (value instanceof java.time.OffsetDateTime time) {
      return time.toInstant().toString();
    }
    return value.toString();
  }
}
