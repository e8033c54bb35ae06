package org.pathways.live.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.pathways.live.control.StreamLimit;
import org.pathways.live.entity.LiveEvent;
import org.pathways.platform.control.Sweeps;

/**
 * This instance's open event streams, by account. No request thread is held by a stream (the
 * resource method returns at once); the writes run on a small pool of sender threads of their own
 * ({@code pathways.live.send-threads}), and a heartbeat every few seconds sends a comment line to
 * idle streams, drops the closed ones and closes those whose client stopped reading.
 */
@ApplicationScoped
public class LiveStreams {

  @Resource ManagedThreadFactory threads;
  @Inject LiveSettings settings;
  @Inject Sweeps sweeps;
  @Inject Clock clock;

  // Each account's list is immutable, replaced whole by compute: readers iterate without a lock.
  private final Map<UUID, List<LiveStream>> byAccount = new ConcurrentHashMap<>();
  private final AtomicLong serials = new AtomicLong();
  private ThreadPoolExecutor senders;

  @PostConstruct
  void start() {
    senders =
        new ThreadPoolExecutor(
            settings.sendThreads(),
            settings.sendThreads(),
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            threads);
    senders.allowCoreThreadTimeOut(true);
    sweeps.everySeconds(
        "Live streams closed",
        settings.heartbeatSeconds(),
        settings.heartbeatSeconds(),
        this::heartbeat);
  }

  @PreDestroy
  void stop() {
    byAccount.values().forEach(list -> list.forEach(LiveStream::close));
    byAccount.clear();
    senders.shutdown();
  }

  /**
   * Opens a stream for the account, holding live events until {@link LiveStream#replayed} (the
   * caller gives it what the page missed); over the limit, the account's oldest streams are
   * retired.
   */
  LiveStream open(UUID account, SseEventSink sink, Sse sse) {
    LiveStream stream =
        new LiveStream(account, serials.incrementAndGet(), sink, sse, senders, clock);
    List<LiveStream> retired = new ArrayList<>();
    byAccount.compute(
        account,
        (key, open) -> {
          List<LiveStream> list = new ArrayList<>(open == null ? List.of() : open);
          list.removeIf(LiveStream::isClosed);
          List<LiveStream> over = StreamLimit.toClose(list, settings.streamsPerAccount());
          list.removeAll(over);
          retired.addAll(over);
          list.add(stream);
          return List.copyOf(list);
        });
    retired.forEach(old -> old.retire("too-many-streams"));
    stream.heartbeat();
    return stream;
  }

  /** Gives the event to this instance's streams of its account. */
  public void deliver(LiveEvent event) {
    List<LiveStream> open = byAccount.get(event.account());
    if (open != null) {
      open.forEach(stream -> stream.give(event));
    }
  }

  /** The accounts with a stream open here: only their events are read from the database. */
  public Set<UUID> listening() {
    return Set.copyOf(byAccount.keySet());
  }

  /** Open streams on this instance. */
  public int count() {
    return byAccount.values().stream().mapToInt(list -> list.size()).sum();
  }

  /** One beat: drops closed streams, closes stuck ones, sends a comment to the rest. */
  int heartbeat() {
    Instant now = clock.instant();
    int closed = 0;
    for (UUID account : List.copyOf(byAccount.keySet())) {
      for (LiveStream stream : byAccount.getOrDefault(account, List.of())) {
        if (stream.stuck(now, settings.sendTimeout())) {
          stream.close();
          closed++;
        } else if (!stream.isClosed()) {
          stream.heartbeat();
        }
      }
      byAccount.computeIfPresent(
          account,
          (key, list) -> {
            List<LiveStream> open = list.stream().filter(s -> !s.isClosed()).toList();
            return open.isEmpty() ? null : open;
          });
    }
    return closed;
  }
}
