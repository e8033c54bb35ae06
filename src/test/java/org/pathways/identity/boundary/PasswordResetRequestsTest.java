package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathways.testing.Refusals.english;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.identity.control.ResetThrottle;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.Limits;
import org.pathways.platform.entity.Refusal;

class PasswordResetRequestsTest {

  /** Records what the deferred part is asked to do, and on which thread. */
  static final class RecordingResets extends PasswordResets {
    final List<String> mailed = new ArrayList<>();
    final List<Thread> threads = new ArrayList<>();

    @Override
    public void mailResetLink(String email, String linkBase) {
      mailed.add(email);
      threads.add(Thread.currentThread());
    }
  }

  private final RecordingResets resets = new RecordingResets();
  private final List<Runnable> queued = new ArrayList<>();
  private final PasswordResetRequests requests = new PasswordResetRequests();

  PasswordResetRequestsTest() {
    ResetThrottle throttle = new ResetThrottle();
    inject(throttle);
    requests.throttle = throttle;
    requests.resets = resets;
    requests.later = queued::add;
    // No district requires its provider here (that rule reads the domain, never the account).
    requests.domains =
        new SignInDomains() {
          @Override
          public void refusePasswordFor(String email) {
            // no rule
          }
        };
  }

  private static void inject(ResetThrottle throttle) {
    try {
      var limiter = ResetThrottle.class.getDeclaredField("limiter");
      var limits = ResetThrottle.class.getDeclaredField("limits");
      limiter.setAccessible(true);
      limits.setAccessible(true);
      limiter.set(throttle, Limiter.on(Clock.systemUTC()));
      limits.set(throttle, Limits.defaults());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aKnownAndAnUnknownEmailCostTheRequestThreadTheSameWorkNoLookupNoHash() {
    requests.request("Kim@School.test ", "https://pathways.test/reset?token=", "10.0.0.1");
    requests.request("nobody@school.test", "https://pathways.test/reset?token=", "10.0.0.2");

    assertThat(resets.mailed)
        .as("the request thread neither looks the email up nor hashes nor mails")
        .isEmpty();
    assertThat(queued).as("one deferred task each, known or not").hasSize(2);

    queued.forEach(Runnable::run);
    assertThat(resets.mailed).containsExactly("kim@school.test", "nobody@school.test");
  }

  @Test
  void aSecondRequestForOneEmailIsRefusedWithAWaitWhetherOrNotItHasAnAccount() {
    for (String email : new String[] {"kim@school.test", "nobody@school.test"}) {
      requests.request(email, "https://pathways.test/reset?token=", "10.0.0.1");

      assertThatThrownBy(
              () -> requests.request(email, "https://pathways.test/reset?token=", "10.0.0.3"))
          .isInstanceOfSatisfying(
              Refusal.class,
              refused -> {
                assertThat(refused.kind()).isEqualTo(Refusal.Kind.TOO_MANY);
                assertThat(refused.retryAfter()).isPositive();
                assertThat(english(refused))
                    .startsWith("Reset links were asked for too often.")
                    .contains("wait 5 minutes");
              });
    }
    assertThat(queued).hasSize(2);
  }
}
