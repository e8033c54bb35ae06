package org.pathways.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.content.control.ContentReader;
import org.pathways.content.control.ProblemText;
import org.pathways.content.entity.ContentLoaded;
import org.pathways.content.entity.ContentRead;
import org.pathways.content.entity.ContentState;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.PackageStatus;
import org.pathways.content.entity.ProgramCatalog;
import org.pathways.platform.boundary.GridTopics;

/**
 * The content the platform serves: loaded from {@code pathways.content.dir} at start-up and on
 * reload. A package with problems never replaces its last good version; the log says why.
 */
@ApplicationScoped
public class ContentLibrary {

  private static final Logger LOG = Logger.getLogger(ContentLibrary.class.getName());

  @Inject
  @ConfigProperty(name = "pathways.content.dir", defaultValue = "modules")
  String contentDir;

  @Inject Clock clock;
  @Inject Event<ContentLoaded> loaded;

  private volatile ContentState state = ContentState.EMPTY;
  private volatile String contextPath = "";

  /** The grid topic on which an administrator's reload reaches the other instances (#23). */
  static final String RELOADS = "pathways-content-reload";

  @Inject GridTopics topics;

  void start(@Observes @Initialized(ApplicationScoped.class) ServletContext application) {
    contextPath = application.getContextPath();
    LOG.info(() -> "Pathways reads its course packages from " + root());
    reload();
    topics.listen(
        RELOADS,
        by -> {
          LOG.info(() -> "Reading the course packages again: another instance reloaded them");
          reload();
        });
  }

  /**
   * Reads every package again here, and tells every other instance to do the same (each reads its
   * own copy of the packages, which the image or the deployment keeps alike).
   */
  public ContentState reloadEverywhere() {
    ContentState here = reload();
    topics.publish(RELOADS, "reload");
    return here;
  }

  /** Reads every package again and serves each one that has no problem. */
  public synchronized ContentState reload() {
    ContentRead read =
        new ContentReader(root(), contextPath + "/assets/").read(state.lastGoodCatalog());
    ContentState next = state.next(read, clock.instant());
    state = next;
    report(next);
    loaded.fire(new ContentLoaded(next));
    return next;
  }

  public ContentState state() {
    return state;
  }

  public Optional<Course> course(String slug) {
    return state.course(slug);
  }

  public Collection<Course> courses() {
    return state.courses().values();
  }

  public ProgramCatalog catalog() {
    return state.catalog();
  }

  private Path root() {
    return Path.of(contentDir).toAbsolutePath().normalize();
  }

  private static void report(ContentState state) {
    for (PackageStatus status : state.packages().values()) {
      if (status.problems().isEmpty()) {
        continue;
      }
      String consequence =
          status.state() == PackageStatus.State.KEPT_PREVIOUS
              ? "still serving its last good version " + status.servedVersion().substring(0, 12)
              : "not served until they are fixed";
      String lines =
          status.problems().stream()
              .map(problem -> "  " + oneLine(ProblemText.english(problem)))
              .collect(Collectors.joining("\n"));
      LOG.warning(
          () ->
              "Content package "
                  + status.name()
                  + " has "
                  + status.problems().size()
                  + " problem(s), "
                  + consequence
                  + ":\n"
                  + lines);
    }
    LOG.info(
        () ->
            "Content loaded: "
                + state.courses().size()
                + " course(s) served: "
                + String.join(", ", state.courses().keySet()));
  }

  /** Text from package files cannot forge log lines. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
  }
}
