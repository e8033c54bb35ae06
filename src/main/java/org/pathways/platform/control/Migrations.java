package org.pathways.platform.control;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the schema migrations under {@code db/migration}. Flyway owns the schema: JPA never
 * generates it. Safe to run from several instances at once (Flyway locks the history table).
 */
public final class Migrations {

  public static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  /** Applies what is pending and returns how many migrations ran. */
  public static MigrateResult apply(DataSource dataSource) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .validateMigrationNaming(true)
        .cleanDisabled(true)
        .load()
        .migrate();
  }
}
