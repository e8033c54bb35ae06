package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.forum.control.ForumText;
import org.pathways.forum.entity.ForumThread;
import org.pathways.forum.entity.Space;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.entity.Refusal;

/**
 * The discussion thread of a step, in the space its forum card names (the course's space or a
 * community space), made when first asked for: an empty container, whoever asks first.
 */
@ApplicationScoped
public class Discussions {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Spaces spaces;
  @Inject Authorization authorization;
  @Inject ContentLibrary library;
  @Inject Clock clock;

  @Transactional
  public ForumThread discussion(Caller caller, String courseSlug, String stepKey) {
    authorization.requireSignedIn(caller);
    Course course =
        library.course(courseSlug).orElseThrow(() -> Refusal.notFound("forum.discussion.noCourse"));
    Step step =
        course.modules().stream()
            .flatMap(m -> m.steps().stream())
            .filter(s -> s.key().equals(stepKey))
            .findFirst()
            .orElseThrow(() -> Refusal.notFound("forum.discussion.noStep"));
    String spaceKey =
        step.details() instanceof StepDetails.Forum forum && !"course".equals(forum.space())
            ? forum.space()
            : Space.courseKey(course.slug());
    Space space = spaces.readable(caller, spaceKey);
    Optional<ForumThread> existing = stepThread(course.slug(), step.key());
    if (existing.isPresent()) {
      return existing.get();
    }
    em.createNativeQuery(
            "insert into forum_thread (id, space_key, title, step_course, step_key, last_post_at,"
                + " created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
                + " on conflict (step_course, step_key) where step_key is not null do nothing")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, space.key())
        .setParameter(3, ForumText.stepTitle(step.title()))
        .setParameter(4, course.slug())
        .setParameter(5, step.key())
        .setParameter(6, clock.instant().atOffset(ZoneOffset.UTC))
        .executeUpdate();
    return stepThread(course.slug(), step.key()).orElseThrow();
  }

  private Optional<ForumThread> stepThread(String course, String step) {
    return em.createQuery(
            "select t from ForumThread t where t.stepCourse = :course and t.stepKey = :step",
            ForumThread.class)
        .setParameter("course", course)
        .setParameter("step", step)
        .getResultStream()
        .findFirst();
  }
}
