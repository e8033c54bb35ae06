package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathways.cohort.boundary.CohortTeachers;
import org.pathways.cohort.boundary.Cohorts;
import org.pathways.cohort.entity.Cohort;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.CommunitySpace;
import org.pathways.content.entity.Course;
import org.pathways.forum.entity.Space;
import org.pathways.forum.entity.SpaceKind;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.entity.Refusal;

/**
 * The spaces a caller may read: the community spaces, one per course, and the private spaces of the
 * cohorts they teach in or facilitate. A cohort space is not found for anyone else.
 */
@ApplicationScoped
public class Spaces {

  @Inject ContentLibrary library;
  @Inject Authorization authorization;
  @Inject RequestMemberships request;
  @Inject Cohorts cohorts;
  @Inject CohortTeachers teachers;

  /** The cohorts a caller belongs to, and those they facilitate (two small queries). */
  public record Memberships(Set<UUID> cohorts, Set<UUID> facilitated) {
    public static final Memberships NONE = new Memberships(Set.of(), Set.of());
  }

  /** The caller's memberships, read once per request (see {@link RequestMemberships}). */
  @Transactional
  public Memberships memberships(Caller caller) {
    if (!caller.signedIn()) {
      return Memberships.NONE;
    }
    Spaces.Memberships known = request.get(caller.id());
    if (known != null) {
      return known;
    }
    Memberships read = read(caller);
    request.put(caller.id(), read);
    return read;
  }

  private Memberships read(Caller caller) {
    Set<UUID> facilitated = cohorts.facilitatedBy(caller);
    Set<UUID> joined = new HashSet<>(facilitated);
    joined.addAll(teachers.cohortsOf(caller.id()));
    return new Memberships(joined, facilitated);
  }

  /** Every space the caller may read, community spaces first. */
  @Transactional
  public List<Space> readable(Caller caller) {
    authorization.requireSignedIn(caller);
    List<Space> spaces = new ArrayList<>();
    for (CommunitySpace community : library.catalog().spaces()) {
      spaces.add(community(community));
    }
    library.courses().stream()
        .sorted(Comparator.comparing(Course::title))
        .forEach(course -> spaces.add(course(course)));
    Memberships memberships = memberships(caller);
    if (!memberships.cohorts().isEmpty()) {
      cohorts.some(memberships.cohorts()).stream()
          .sorted(Comparator.comparing(Cohort::getName))
          .forEach(cohort -> spaces.add(cohort(cohort)));
    }
    return spaces;
  }

  /** A space the caller may read (404 for unknown spaces and other cohorts' spaces alike). */
  @Transactional
  public Space readable(Caller caller, String key) {
    authorization.requireSignedIn(caller);
    Space space = find(key).orElse(null);
    if (space == null || !space.open(true, memberships(caller).cohorts())) {
      throw Refusal.notFound("forum.space.notFound");
    }
    return space;
  }

  /** Whether the caller moderates the space. */
  public boolean moderates(Caller caller, Space space, Memberships memberships) {
    return caller.signedIn()
        && space.moderatedBy(authorization.managesContent(caller), memberships.facilitated());
  }

  /** The space with this key, whoever asks. */
  public Optional<Space> find(String key) {
    if (key == null || key.length() > 80) {
      return Optional.empty();
    }
    if (key.startsWith(Space.COURSE_PREFIX)) {
      return library.course(key.substring(Space.COURSE_PREFIX.length())).map(Spaces::course);
    }
    if (key.startsWith(Space.COHORT_PREFIX)) {
      try {
        UUID id = UUID.fromString(key.substring(Space.COHORT_PREFIX.length()));
        return cohorts.find(id).map(Spaces::cohort);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return library.catalog().spaces().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .map(Spaces::community);
  }

  /** The keys of every space the caller may read, for searching. */
  public List<String> readableKeys(Caller caller) {
    return readable(caller).stream().map(Space::key).toList();
  }

  static Space community(CommunitySpace space) {
    return new Space(
        space.key(), space.title(), space.description(), SpaceKind.COMMUNITY, null, null);
  }

  static Space course(Course course) {
    return new Space(
        Space.courseKey(course.slug()),
        course.title(),
        course.summary(),
        SpaceKind.COURSE,
        course.slug(),
        null);
  }

  static Space cohort(Cohort cohort) {
    return new Space(
        Space.cohortKey(cohort.getId()),
        cohort.getName(),
        cohort.getDistrict(),
        SpaceKind.COHORT,
        cohort.getCourseSlug(),
        cohort.getId(),
        cohort.isClosed());
  }
}
