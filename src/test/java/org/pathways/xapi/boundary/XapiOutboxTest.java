package org.pathways.xapi.boundary;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Course;
import org.pathways.learning.entity.StepCompleted;
import org.pathways.testing.ShippedContent;
import org.pathways.workshop.entity.WorkshopAttended;
import org.pathways.workshop.entity.WorkshopRegistered;

class XapiOutboxTest {

  @Test
  void withoutAnLrsNothingIsWrittenAndTheDatabaseIsNotTouched() {
    XapiOutbox outbox = new XapiOutbox();
    outbox.settings =
        new XapiSettings() {
          @Override
          public boolean configured() {
            return false;
          }
        };
    // No entity manager: any write or query would fail.
    outbox.em = null;
    Course course = ShippedContent.course(ShippedContent.K5);
    UUID account = UUID.randomUUID();
    Instant now = Instant.now();

    assertThatCode(
            () -> {
              outbox.stepCompleted(
                  new StepCompleted(
                      UUID.randomUUID(),
                      account,
                      course,
                      course.modules().get(0).steps().get(0),
                      now,
                      null,
                      course.modules().get(0),
                      true,
                      null));
              outbox.registered(new WorkshopRegistered(UUID.randomUUID(), "Day", account, now));
              outbox.attended(
                  new WorkshopAttended(
                      UUID.randomUUID(), "Day", UUID.randomUUID(), now, account, now));
            })
        .doesNotThrowAnyException();
  }
}
