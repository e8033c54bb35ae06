package org.pathways.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.pathways.content.entity.ContentLoaded;
import org.pathways.content.entity.Course;
import org.pathways.platform.control.DatabaseWatch;
import org.pathways.platform.control.SchemaReady;

/**
 * Keeps the database's step registry in line with the content served: after every load, and
 * whenever the database answers again (it may have been away during a load).
 */
@ApplicationScoped
public class ContentSync {

  private static final Logger LOG = Logger.getLogger(ContentSync.class.getName());

  @Inject ContentLibrary library;
  @Inject ContentRegistry registry;
  @Inject DatabaseWatch database;
  @Inject Clock clock;

  private final Map<String, String> registered = new ConcurrentHashMap<>();
  private volatile String lastProblem;

  void contentLoaded(@Observes ContentLoaded event) {
    if (database.schemaApplied()) {
      sync();
    }
  }

  void databaseReady(@Observes SchemaReady event) {
    registered.clear();
    sync();
  }

  synchronized void sync() {
    for (Course course : library.courses()) {
      if (course.version().equals(registered.get(course.slug()))) {
        continue;
      }
      try {
        registry.register(course, clock.instant());
        registered.put(course.slug(), course.version());
        lastProblem = null;
      } catch (RuntimeException e) {
        String problem =
            "Cannot record course " + course.slug() + " in the database: " + e.getMessage();
        if (!problem.equals(lastProblem)) {
          LOG.warning(problem);
          lastProblem = problem;
        }
        return;
      }
    }
  }

  /** True when every course served is recorded in the database. */
  public boolean upToDate() {
    return library.courses().stream()
        .allMatch(course -> course.version().equals(registered.get(course.slug())));
  }
}
