package org.pathways.platform.control;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * PostgreSQL arrays as bound parameters ({@code = any(?1)}), made by the driver on the
 * transaction's own connection: no literal is ever built from the values. Call it inside a
 * transaction (EclipseLink hands out the connection only there).
 */
public final class SqlArrays {

  private SqlArrays() {}

  public static Array uuids(EntityManager em, Collection<UUID> ids) {
    return array(em, "uuid", ids.toArray(new UUID[0]));
  }

  public static Array texts(EntityManager em, Collection<String> values) {
    return array(em, "text", values.toArray(new String[0]));
  }

  private static Array array(EntityManager em, String type, Object[] values) {
    try {
      return em.unwrap(Connection.class).createArrayOf(type, values);
    } catch (SQLException e) {
      throw new IllegalStateException("The database driver could not make a " + type + " array", e);
    }
  }
}
