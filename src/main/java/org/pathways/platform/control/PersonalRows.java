package org.pathways.platform.control;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rows of one account's data read with SQL for the personal-data export: each row a map of the
 * given names to JSON-friendly values. A map, not a record, on purpose: the export's sections are
 * table dumps whose names are given with their SQL, and a map keeps their order and their nulls as
 * JSON-B writes them.
 */
public final class PersonalRows {

  private PersonalRows() {}

  /** The rows of a query whose one parameter is the account. */
  public static List<Map<String, Object>> rows(
      EntityManager em, String sql, UUID account, String... names) {
    return SqlRow.map(
        em.createNativeQuery(sql).setParameter(1, account).getResultList(),
        row -> {
          Map<String, Object> out = new LinkedHashMap<>();
          for (int i = 0; i < names.length; i++) {
            out.put(names[i], json(row.value(i)));
          }
          return out;
        });
  }

  /** Times as ISO-8601 instants, numbers and booleans as they are, the rest as text. */
  static Object json(Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof java.sql.Timestamp || value instanceof java.time.OffsetDateTime) {
      return SqlRow.instant(value).toString();
    }
    return value.toString();
  }
}
