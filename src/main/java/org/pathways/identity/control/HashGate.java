package org.pathways.identity.control;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Admission to the password-hashing threads. A password hash takes a core for a few hundred
 * milliseconds on purpose, so a crowd signing in at once could take every core from everyone else:
 * here at most {@code threads} hashes run at once, at most {@code queue} more wait for a thread,
 * and a hash that cannot start within {@code wait} (or finds the queue full) is refused with {@link
 * Busy}, leaving the queue at once. Everything that hashes nothing never waits here.
 */
public final class HashGate implements AutoCloseable {

  /** Refused: too many hashes are running or waiting. Try again after {@link #retryAfter()}. */
  public static final class Busy extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    Busy(Duration retryAfter) {
      super("Password hashing is saturated; retry after " + retryAfter.toSeconds() + " s", null);
      this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }

  private static final int QUEUED = 0;
  private static final int STARTED = 1;
  private static final int ABANDONED = 2;

  private final ThreadPoolExecutor pool;

  /**
   * One per hash running or waiting: admission is decided here, at once, so that the executor's own
   * queue never refuses (it would, for a moment, while a thread that just finished is not yet back
   * for more).
   */
  private final Semaphore slots;

  private final Duration wait;

  public HashGate(int threads, int queue, Duration wait) {
    if (threads < 1 || queue < 0 || wait.isNegative()) {
      throw new IllegalArgumentException("threads >= 1, queue >= 0 and wait >= 0 required");
    }
    AtomicInteger number = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            work -> {
              Thread thread = new Thread(work, "pathways-password-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.AbortPolicy());
    pool.prestartAllCoreThreads();
    this.slots = new Semaphore(threads + queue);
    this.wait = wait;
  }

  /**
   * Runs {@code work} on a hashing thread and answers its result, or throws {@link Busy} when it
   * could not start in time. The caller waits; what {@code work} throws reaches the caller.
   */
  public <T> T run(Supplier<T> work) {
    if (!slots.tryAcquire()) {
      throw busy();
    }
    Ticket<T> ticket = new Ticket<>(work, slots);
    try {
      pool.execute(ticket);
    } catch (RejectedExecutionException closed) {
      slots.release();
      throw busy();
    }
    boolean started;
    try {
      started = ticket.started.await(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      started = false;
    }
    if (!started && ticket.state.compareAndSet(QUEUED, ABANDONED)) {
      // Its place in the queue goes to the next one at once, not when a thread reaches it.
      pool.remove(ticket);
      slots.release();
      throw busy();
    }
    try {
      return ticket.result.join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failed.getCause() instanceof Error error) {
        throw error;
      }
      throw failed;
    }
  }

  /**
   * How long a refused caller should wait: the wait again, give or take, so that a crowd refused
   * together does not come back together.
   */
  Duration retryAfter() {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return Duration.ofSeconds(seconds + ThreadLocalRandom.current().nextLong(seconds + 1));
  }

  private Busy busy() {
    return new Busy(retryAfter());
  }

  /** Stops the threads; a hash running now finishes, none waiting starts. */
  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** A hash to run, unless its caller stopped waiting before a thread took it. */
  private static final class Ticket<T> implements Runnable {
    private final Supplier<T> work;
    private final Semaphore slots;
    private final AtomicInteger state = new AtomicInteger(QUEUED);
    private final CountDownLatch started = new CountDownLatch(1);
    private final CompletableFuture<T> result = new CompletableFuture<>();

    Ticket(Supplier<T> work, Semaphore slots) {
      this.work = work;
      this.slots = slots;
    }

    @Override
    public void run() {
      if (!state.compareAndSet(QUEUED, STARTED)) {
        return;
      }
      started.countDown();
      T value = null;
      Throwable failure = null;
      try {
        value = work.get();
      } catch (Throwable failed) {
        failure = failed;
      }
      // The slot is free before the caller hears the answer: its next hash finds it free.
      slots.release();
      if (failure == null) {
        result.complete(value);
      } else {
        result.completeExceptionally(failure);
      }
    }
  }
}
