package org.pathways.live.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pathways.live.control.RecentIds;
import org.pathways.live.entity.LiveEvent;

/**
 * One open event stream of one account. Whoever gives it an event (the listener's thread, the
 * heartbeat) only queues it: one send at a time runs on the senders' pool, so a client that does
 * not read holds at most one sender thread, never the caller, and the heartbeat closes it when that
 * send takes longer than the send timeout. Until its replay is in, the live events it is given are
 * held, then sent after the replayed ones (each id once).
 */
final class LiveStream {

  private static final Logger LOG = Logger.getLogger(LiveStream.class.getName());

  /** Events waiting for a client beyond this means it does not read: the stream is closed. */
  static final int MAX_QUEUED = 200;

  final UUID account;
  final long serial;
  private final SseEventSink sink;
  private final Sse sse;
  private final Executor senders;
  private final Clock clock;

  private final ArrayDeque<OutboundSseEvent> queue = new ArrayDeque<>();
  private final RecentIds given = new RecentIds(512);
  private List<LiveEvent> held = new ArrayList<>();
  private boolean sending;
  private Instant sendingSince;
  private boolean closing;
  private boolean closed;

  LiveStream(UUID account, long serial, SseEventSink sink, Sse sse, Executor senders, Clock clock) {
    this.account = account;
    this.serial = serial;
    this.sink = sink;
    this.sse = sse;
    this.senders = senders;
    this.clock = clock;
  }

  /** A live event of this account: sent unless this stream had it already. */
  synchronized void give(LiveEvent event) {
    if (closed || closing) {
      return;
    }
    if (held != null) {
      held.add(event);
    } else if (given.firstTime(event.id())) {
      enqueue(asSse(event));
    }
  }

  /** What the page missed (oldest first), then the live events held meanwhile. */
  synchronized void replayed(List<LiveEvent> missed) {
    List<LiveEvent> meanwhile = held == null ? List.of() : held;
    held = null;
    for (LiveEvent event : missed) {
      give(event);
    }
    for (LiveEvent event : meanwhile) {
      give(event);
    }
  }

  /** A comment line, when nothing else is being sent (a send under way shows life already). */
  synchronized void heartbeat() {
    if (!closed && !closing && !sending) {
      enqueue(sse.newEventBuilder().comment("keep-alive").build());
    }
  }

  /** Says why this stream ends ({@code closed} event), then closes it once that is sent. */
  synchronized void retire(String reason) {
    if (closed || closing) {
      return;
    }
    enqueue(
        sse.newEventBuilder()
            .name("closed")
            .mediaType(MediaType.TEXT_PLAIN_TYPE)
            .data(String.class, "{\"reason\":\"" + reason + "\"}")
            .build());
    closing = true;
    if (!sending) {
      close();
    }
  }

  /** Whether a send has waited for the client longer than {@code timeout}. */
  synchronized boolean stuck(Instant now, Duration timeout) {
    return sending && sendingSince.plus(timeout).isBefore(now);
  }

  synchronized boolean isClosed() {
    return closed || sink.isClosed();
  }

  /** Closes the stream, on a sender thread (closing may wait for a write under way). */
  void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      queue.clear();
    }
    try {
      senders.execute(this::closeSink);
    } catch (RuntimeException rejected) {
      closeSink();
    }
  }

  private void closeSink() {
    try {
      sink.close();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Closing a live stream failed", e);
    }
  }

  private void enqueue(OutboundSseEvent event) {
    if (queue.size() >= MAX_QUEUED) {
      LOG.fine("A live stream is closed: its client reads nothing");
      close();
      return;
    }
    queue.add(event);
    if (!sending) {
      sending = true;
      sendingSince = clock.instant();
      senders.execute(this::sendNext);
    }
  }

  private void sendNext() {
    OutboundSseEvent next;
    boolean finished;
    synchronized (this) {
      next = closed ? null : queue.poll();
      finished = next == null && closing;
      if (next == null) {
        sending = false;
      } else {
        sendingSince = clock.instant();
      }
    }
    if (finished) {
      close();
    }
    if (next == null) {
      return;
    }
    CompletionStage<?> sent;
    try {
      sent = sink.send(next);
    } catch (RuntimeException e) {
      // Closed by the client already (IllegalStateException), or the connection failed.
      close();
      return;
    }
    sent.whenComplete(
        (done, failure) -> {
          if (failure != null) {
            close();
          } else {
            senders.execute(this::sendNext);
          }
        });
  }

  private OutboundSseEvent asSse(LiveEvent event) {
    return sse.newEventBuilder()
        .id(Long.toString(event.id()))
        .name(event.kind().wire())
        .mediaType(MediaType.TEXT_PLAIN_TYPE)
        .data(String.class, event.data())
        .build();
  }
}
