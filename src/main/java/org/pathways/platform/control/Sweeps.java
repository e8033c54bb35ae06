package org.pathways.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Logger;

/**
 * Background jobs that run every few minutes (workshop reminders, forum digests): each logs what it
 * did, survives its own failures (a scheduled task that throws is never run again), and stops with
 * the platform. Jobs must be safe when several instances run them at once.
 */
@ApplicationScoped
public class Sweeps {

  private static final Logger LOG = Logger.getLogger(Sweeps.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  private final List<ScheduledFuture<?>> tasks = new CopyOnWriteArrayList<>();

  /**
   * Runs {@code sweep} a minute after start-up, then every {@code minutes} (never when 0 or less);
   * it returns how many things it did, which are logged as "{@code what}: N".
   */
  public void every(String what, int minutes, IntSupplier sweep) {
    everySeconds(what, minutes * 60L, 60L, sweep);
  }

  /**
   * Runs {@code sweep} {@code first} seconds after start-up, then every {@code seconds} (never when
   * 0 or less), for jobs that must run more often than every minute (the xAPI outbox).
   */
  public void everySeconds(String what, long seconds, long first, IntSupplier sweep) {
    if (seconds <= 0) {
      return;
    }
    tasks.add(
        scheduler.scheduleWithFixedDelay(
            () -> {
              try {
                int done = sweep.getAsInt();
                if (done > 0) {
                  LOG.info(() -> what + ": " + done);
                }
              } catch (RuntimeException e) {
                LOG.warning(() -> what + " failed, and will be tried again: " + e);
              }
            },
            first,
            seconds,
            TimeUnit.SECONDS));
  }

  @PreDestroy
  void stop() {
    tasks.forEach(task -> task.cancel(false));
  }
}
