package org.pathways.xapi.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.learning.entity.QuizFailed;
import org.pathways.learning.entity.QuizResult;
import org.pathways.learning.entity.StepCompleted;
import org.pathways.workshop.entity.WorkshopAttended;
import org.pathways.workshop.entity.WorkshopRegistered;
import org.pathways.xapi.entity.Activity;
import org.pathways.xapi.entity.Draft;

/**
 * What each event says in xAPI 1.0.3 with the ADL verbs: a step is {@code experienced}, a quiz
 * {@code passed} or {@code failed} with its score, a module and a course {@code completed}, a
 * workshop {@code registered} and {@code attended} (one statement per session).
 *
 * <p>A submitted reflection is {@code answered}, never {@code commented}: a reflection step is a
 * prompt the teacher responds to, which is what ADL's "answered" (the actor responded to a
 * question) means, while "commented" says the actor offered an opinion and by ADL's definition
 * carries the comment in {@code result.response}; the reflection's text is the teacher's and is
 * never sent, so the statement has no result at all.
 *
 * <p>Each statement's id is {@link StatementIds#of} a stable event key, and its content depends on
 * the event alone, so that writing the same event again yields the same statement.
 */
public final class Statements {

  public static final String VERBS = "http://adlnet.gov/expapi/verbs/";
  public static final String ACTIVITIES = "http://adlnet.gov/expapi/activities/";
  public static final String EXPERIENCED = VERBS + "experienced";
  public static final String PASSED = VERBS + "passed";
  public static final String FAILED = VERBS + "failed";
  public static final String ANSWERED = VERBS + "answered";
  public static final String COMPLETED = VERBS + "completed";
  public static final String REGISTERED = VERBS + "registered";
  public static final String ATTENDED = VERBS + "attended";
  public static final String PLATFORM = "Pathways";

  private Statements() {}

  /** The step's statement, then its module's and the course's when it completed them. */
  public static List<Draft> of(StepCompleted event, Addresses at) {
    Course course = event.course();
    String language = language(course);
    Activity courseActivity = course(course, at);
    CourseModule module = course.moduleOfStep().get(event.step().key());
    Activity moduleActivity = module == null ? null : module(course, module, at);
    String enrollment = event.enrollment().toString();
    List<Draft> drafts = new ArrayList<>();
    Step step = event.step();
    QuizResult quiz = event.quiz();
    String verb;
    Map<String, Object> result = null;
    if (step.kind() == StepKind.QUIZ && quiz != null) {
      verb = quiz.passed() ? PASSED : FAILED;
      result = score(quiz);
    } else if (step.kind() == StepKind.REFLECTION) {
      verb = ANSWERED;
    } else {
      verb = EXPERIENCED;
    }
    drafts.add(
        draft(
            "step-completed:" + enrollment + ":" + step.key(),
            event.account(),
            verb,
            step(course, step, at),
            result,
            moduleActivity,
            courseActivity,
            language,
            event.at()));
    if (event.moduleCompleted() != null) {
      drafts.add(
          draft(
              "module-completed:" + enrollment + ":" + event.moduleCompleted().key(),
              event.account(),
              COMPLETED,
              module(course, event.moduleCompleted(), at),
              Map.of("completion", true),
              courseActivity,
              courseActivity,
              language,
              event.at()));
    }
    if (event.courseCompleted()) {
      drafts.add(
          draft(
              "course-completed:" + enrollment,
              event.account(),
              COMPLETED,
              courseActivity,
              Map.of("completion", true),
              null,
              null,
              language,
              event.at()));
    }
    return drafts;
  }

  /** A kept quiz attempt below the pass mark. */
  public static Draft of(QuizFailed event, Addresses at) {
    Course course = event.course();
    CourseModule module = course.moduleOfStep().get(event.step().key());
    Activity courseActivity = course(course, at);
    return draft(
        "quiz-failed:" + event.enrollment() + ":" + event.step().key() + ":" + event.attempt(),
        event.account(),
        FAILED,
        step(course, event.step(), at),
        score(event.quiz()),
        module == null ? null : module(course, module, at),
        courseActivity,
        language(course),
        event.at());
  }

  /** A seat taken in a workshop. */
  public static Draft of(WorkshopRegistered event, Addresses at) {
    return draft(
        "workshop-registered:" + event.workshop() + ":" + event.account(),
        event.account(),
        REGISTERED,
        workshop(event.workshop(), event.title(), at),
        null,
        null,
        null,
        null,
        event.at());
  }

  /** A session of a workshop attended: when it happened is when the session started. */
  public static Draft of(WorkshopAttended event, Addresses at) {
    return draft(
        "workshop-attended:" + event.session() + ":" + event.account(),
        event.account(),
        ATTENDED,
        workshop(event.workshop(), event.title(), at),
        null,
        null,
        null,
        null,
        event.sessionStarts() == null ? event.at() : event.sessionStarts());
  }

  /**
   * The actor: the platform account on the platform's home page, or, when the operator chose it and
   * the address is known, the email (an Agent has exactly one identifier, so not both).
   */
  public static Map<String, Object> actor(String homePage, UUID account, String email) {
    Map<String, Object> actor = new LinkedHashMap<>();
    actor.put("objectType", "Agent");
    if (email != null && !email.isBlank()) {
      actor.put("mbox", "mailto:" + email.strip());
    } else {
      Map<String, Object> id = new LinkedHashMap<>();
      id.put("homePage", homePage);
      id.put("name", account.toString());
      actor.put("account", id);
    }
    return actor;
  }

  /** The whole statement: the stored body with the actor first. */
  public static String withActor(String body, Map<String, Object> actor) {
    String rest = body.strip().substring(1);
    return "{\"actor\":"
        + JSONObjectUtils.toJSONString(actor)
        + (rest.startsWith("}") ? "" : ",")
        + rest;
  }

  static Draft draft(
      String eventKey,
      UUID account,
      String verb,
      Activity object,
      Map<String, Object> result,
      Activity parent,
      Activity grouping,
      String language,
      Instant at) {
    UUID id = StatementIds.of(eventKey);
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("id", id.toString());
    statement.put("verb", Map.of("id", verb, "display", Map.of("en-US", display(verb))));
    statement.put("object", activity(object));
    if (result != null) {
      statement.put("result", result);
    }
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("platform", PLATFORM);
    if (language != null) {
      context.put("language", language);
    }
    Map<String, Object> around = new LinkedHashMap<>();
    if (parent != null) {
      around.put("parent", List.of(activity(parent)));
    }
    if (grouping != null) {
      around.put("grouping", List.of(activity(grouping)));
    }
    if (!around.isEmpty()) {
      context.put("contextActivities", around);
    }
    statement.put("context", context);
    statement.put("timestamp", at.toString());
    return new Draft(id, eventKey, account, JSONObjectUtils.toJSONString(statement));
  }

  private static String display(String verb) {
    return verb.substring(verb.lastIndexOf('/') + 1);
  }

  private static Map<String, Object> activity(Activity activity) {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("name", Map.of(activity.language(), activity.name()));
    definition.put("type", activity.type());
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("objectType", "Activity");
    object.put("id", activity.id());
    object.put("definition", definition);
    return object;
  }

  private static Map<String, Object> score(QuizResult quiz) {
    Map<String, Object> score = new LinkedHashMap<>();
    int raw = Math.max(0, Math.min(100, quiz.scorePercent()));
    score.put("scaled", raw / 100.0);
    score.put("raw", raw);
    score.put("min", 0);
    score.put("max", 100);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("score", score);
    result.put("success", quiz.passed());
    result.put("completion", quiz.passed());
    return result;
  }

  private static String language(Course course) {
    return course.language() == null || course.language().isBlank() ? "en" : course.language();
  }

  private static Activity course(Course course, Addresses at) {
    return new Activity(
        at.course(course.slug()), course.title(), language(course), ACTIVITIES + "course");
  }

  private static Activity module(Course course, CourseModule module, Addresses at) {
    return new Activity(
        at.module(course.slug(), module.key()),
        module.title(),
        language(course),
        ACTIVITIES + "module");
  }

  private static Activity step(Course course, Step step, Addresses at) {
    String type =
        switch (step.kind()) {
          case QUIZ -> ACTIVITIES + "assessment";
          case REFLECTION -> ACTIVITIES + "question";
          default -> ACTIVITIES + "lesson";
        };
    return new Activity(at.step(course.slug(), step.key()), step.title(), language(course), type);
  }

  private static Activity workshop(UUID workshop, String title, Addresses at) {
    return new Activity(at.workshop(workshop), title, "en", ACTIVITIES + "meeting");
  }
}
