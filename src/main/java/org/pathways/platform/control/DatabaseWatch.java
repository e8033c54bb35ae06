package org.pathways.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Watches the database from start-up on: applies the migrations as soon as it answers (at start or
 * later), applies them again after it comes back, and keeps a heartbeat for the liveness check. It
 * never stops the platform: while the database is away, the platform serves what it can and reports
 * not-ready.
 */
@ApplicationScoped
public class DatabaseWatch {

  private static final Logger LOG = Logger.getLogger(DatabaseWatch.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Database database;
  @Inject Clock clock;
  @Inject Event<SchemaReady> schemaReady;
  @Inject PersistenceSession persistence;

  @Inject
  @ConfigProperty(name = "pathways.db.watch-seconds", defaultValue = "5")
  int intervalSeconds;

  @Inject
  @ConfigProperty(name = "pathways.version", defaultValue = "dev")
  String version;

  private volatile boolean schemaApplied;

  /**
   * Whether the start-up work that waits for the schema (the first administrator, content records,
   * the sweeps: every {@link SchemaReady} observer) has run: until then the platform is not ready,
   * or a request could meet a half-started platform (the administrator not yet made).
   */
  private volatile boolean startTasksRun;

  private volatile boolean startRecorded;
  private volatile String schemaProblem = "the database has not answered yet";
  private volatile String lastLoggedProblem;
  private volatile Instant heartbeat;
  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    heartbeat = clock.instant();
    database.settings().problem().ifPresent(LOG::severe);
    LOG.info(() -> "Pathways uses the database " + database.settings().describe());
    task = scheduler.scheduleWithFixedDelay(this::check, 0, intervalSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void check() {
    heartbeat = clock.instant();
    try {
      DatabaseState state = database.probe();
      if (!state.reachable()) {
        // Whatever answers next may be a restored or new database: check its schema again.
        schemaApplied = false;
        schemaProblem = "the database does not answer: " + state.reason();
      } else if (!schemaApplied) {
        migrate();
      }
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again: keep watching whatever happens.
      reportOnce("The database watch failed: " + Database.rootMessage(e));
    }
  }

  private void migrate() {
    try {
      MigrateResult result = Migrations.apply(database.dataSource());
      persistence.connect();
      schemaApplied = true;
      schemaProblem = null;
      lastLoggedProblem = null;
      LOG.info(
          () ->
              "Database schema is at version "
                  + currentVersion(result)
                  + " ("
                  + result.migrationsExecuted
                  + " migration(s) applied now).");
      recordStart();
      long began = System.nanoTime();
      try {
        schemaReady.fire(new SchemaReady(clock.instant()));
      } finally {
        startTasksRun = true;
        long millis = (System.nanoTime() - began) / 1_000_000;
        // Readiness waits for this work: how long it took is the first thing to know when a
        // start is slow to become ready.
        LOG.info(
            () ->
                "The work waiting for the schema took " + millis + " ms (readiness waits for it).");
      }
    } catch (RuntimeException e) {
      schemaProblem = "the schema migrations could not be applied: " + Database.rootMessage(e);
      reportOnce("Cannot apply the schema migrations: " + Database.rootMessage(e));
    }
  }

  private void recordStart() {
    if (startRecorded) {
      return;
    }
    try {
      PlatformStarts.record(database.dataSource(), clock.instant(), version, hostName());
      startRecorded = true;
    } catch (SQLException e) {
      reportOnce("Cannot record this start: " + Database.rootMessage(e));
    }
  }

  private static String currentVersion(MigrateResult result) {
    return result.targetSchemaVersion != null
        ? result.targetSchemaVersion
        : String.valueOf(result.initialSchemaVersion);
  }

  private void reportOnce(String problem) {
    if (!problem.equals(lastLoggedProblem)) {
      lastLoggedProblem = problem;
      LOG.severe(problem);
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }

  public boolean schemaApplied() {
    return schemaApplied;
  }

  /** The schema is applied and the work that waited for it has run. */
  public boolean started() {
    return schemaApplied && startTasksRun;
  }

  /** Why the schema is not ready, in plain words; empty when it is. */
  public String schemaProblem() {
    return schemaProblem == null ? "" : schemaProblem;
  }

  public Instant heartbeat() {
    return heartbeat;
  }

  public int intervalSeconds() {
    return intervalSeconds;
  }
}
