package org.pathways.xapi.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.pathways.learning.boundary.LearningLinks;
import org.pathways.learning.entity.QuizFailed;
import org.pathways.learning.entity.StepCompleted;
import org.pathways.workshop.boundary.WorkshopLinks;
import org.pathways.workshop.entity.WorkshopAttended;
import org.pathways.workshop.entity.WorkshopRegistered;
import org.pathways.xapi.control.Addresses;
import org.pathways.xapi.control.Statements;
import org.pathways.xapi.entity.Draft;

/**
 * Writes the statements of an event to the outbox in the transaction of the event. The learning and
 * workshop features only fire their own CDI events ({@link StepCompleted} and the others); this
 * observer, called during the transaction ({@code IN_PROGRESS}, the default for a synchronous
 * observer), is the only code that knows of xAPI, so those features stay unaware of it and the
 * statement commits or rolls back with what it states. While xAPI is off it returns at once: no
 * row, no query. While on, an event costs one insert (all its statements in one statement, the
 * first row of an id kept), and never a query: the names and addresses come from the event and the
 * course in memory.
 */
@ApplicationScoped
public class XapiOutbox implements Addresses {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject XapiSettings settings;
  @Inject Clock clock;

  void stepCompleted(@Observes(during = TransactionPhase.IN_PROGRESS) StepCompleted event) {
    if (settings.configured()) {
      write(Statements.of(event, this));
    }
  }

  void quizFailed(@Observes(during = TransactionPhase.IN_PROGRESS) QuizFailed event) {
    if (settings.configured()) {
      write(List.of(Statements.of(event, this)));
    }
  }

  void registered(@Observes(during = TransactionPhase.IN_PROGRESS) WorkshopRegistered event) {
    if (settings.configured()) {
      write(List.of(Statements.of(event, this)));
    }
  }

  void attended(@Observes(during = TransactionPhase.IN_PROGRESS) WorkshopAttended event) {
    if (settings.configured()) {
      write(List.of(Statements.of(event, this)));
    }
  }

  private void write(List<Draft> drafts) {
    int now = drafts.size() * 4 + 1;
    StringBuilder sql =
        new StringBuilder(
            "insert into xapi_statement (id, event_key, account_id, body, created_at,"
                + " next_attempt_at) values ");
    for (int i = 0; i < drafts.size(); i++) {
      int p = i * 4;
      sql.append(i == 0 ? "" : ", ")
          .append("(?")
          .append(p + 1)
          .append(", ?")
          .append(p + 2)
          .append(", ?")
          .append(p + 3)
          .append(", ?")
          .append(p + 4)
          .append(", ?")
          .append(now)
          .append(", ?")
          .append(now)
          .append(")");
    }
    sql.append(" on conflict (id) do nothing");
    Query insert = em.createNativeQuery(sql.toString());
    insert.setParameter(now, utc(clock.instant()));
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      int p = i * 4;
      insert.setParameter(p + 1, draft.id());
      insert.setParameter(p + 2, draft.eventKey());
      insert.setParameter(p + 3, draft.account());
      insert.setParameter(p + 4, draft.body());
    }
    insert.executeUpdate();
  }

  @Override
  public String course(String slug) {
    return settings.homePage() + LearningLinks.course(slug);
  }

  @Override
  public String module(String course, String module) {
    return settings.homePage() + LearningLinks.course(course) + "#module-" + module;
  }

  @Override
  public String step(String course, String step) {
    return settings.homePage() + LearningLinks.step(course, step);
  }

  @Override
  public String workshop(UUID workshop) {
    return settings.homePage() + WorkshopLinks.workshopPath(workshop);
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
