package org.pathways.content.entity;

import java.time.Instant;
import java.util.List;

/**
 * How one package (a course, or the catalog files) stands after the last load: the version served,
 * the version read, and the problems that kept the read one from being served.
 */
public record PackageStatus(
    String name,
    State state,
    String servedVersion,
    Instant servedSince,
    String readVersion,
    List<Problem> problems) {

  public PackageStatus {
    problems = List.copyOf(problems);
  }

  public enum State {
    /** The version read is served. */
    LOADED,
    /** The version read has problems; the last good version is still served. */
    KEPT_PREVIOUS,
    /** The version read has problems and there is no good version to serve. */
    NOT_SERVED
  }
}
