package org.pathways.learning.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.learning.entity.LearnerState;
import org.pathways.platform.control.FreshCache;
import org.pathways.platform.entity.Invalidation;

/**
 * Teachers' enrolments and progress kept in memory, found by account and course, so that a step
 * view reads no row in the steady state. The key is the caller's own account: a teacher is only
 * ever given their own enrolment.
 *
 * <p>Invalidation: every write to an enrolment ({@code EnrollmentWork.lock}, enrolling) announces
 * {@link #changed} through {@code CacheInvalidation}; this instance forgets at once and again after
 * the commit, and a completion then keeps the state it read under the enrolment's lock. An account
 * that changed or went away ({@code identity:account}) forgets all of its enrolments. Another
 * instance hears of a change when the cluster broadcasts it, and at the latest after {@code
 * pathways.learning.cache-seconds} (default 10). A content reload needs nothing here: progress is
 * laid over the course version served at the time of the request.
 */
@ApplicationScoped
public class LearnerStates {

  public static final String REGION = "learning:enrollment";
  static final String ACCOUNT_REGION = "identity:account";

  /** Whose enrolment in which course. */
  public record Key(UUID account, String course) {
    static Key parse(String text) {
      int slash = text.indexOf('/');
      return new Key(UUID.fromString(text.substring(0, slash)), text.substring(slash + 1));
    }

    @Override
    public String toString() {
      return account + "/" + course;
    }
  }

  @Inject
  @ConfigProperty(name = "pathways.learning.cache-seconds", defaultValue = "10")
  int seconds;

  private FreshCache<Key, LearnerState> states;

  @PostConstruct
  void start() {
    states = new FreshCache<>(Duration.ofSeconds(Math.max(0, seconds)), 100_000);
  }

  /** The change to announce when an account's enrolment in a course was written. */
  public static Invalidation changed(UUID account, String course) {
    return new Invalidation(REGION, new Key(account, course).toString());
  }

  /** The account's state in the course, from memory or from {@code read}. */
  public Optional<LearnerState> of(
      UUID account, String course, Supplier<Optional<LearnerState>> read) {
    return states.get(new Key(account, course), read);
  }

  /** Keeps what a write read under the enrolment's lock, unless a later state is kept already. */
  public void written(LearnerState state) {
    states.offer(new Key(state.accountId(), state.courseSlug()), state, LearnerState::later);
  }

  void changed(@Observes Invalidation what) {
    if (what.all()) {
      states.clear();
    } else if (REGION.equals(what.region())) {
      states.forget(Key.parse(what.key()));
    } else if (ACCOUNT_REGION.equals(what.region())) {
      UUID account = UUID.fromString(what.key());
      states.forgetIf(key -> key.account().equals(account));
    }
  }
}
