package org.pathways.live.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.pathways.live.entity.LiveEvent;
import org.pathways.live.entity.LiveKind;

/**
 * A stream queues what it is given and sends one event at a time on the senders, so the giver never
 * waits on the client: replayed events first, each id once, and a client that stops reading is
 * found stuck and closed.
 */
class LiveStreamTest {

  private static final UUID ACCOUNT = UUID.randomUUID();
  private static final Instant NOW = Instant.parse("2026-12-02T05:00:00Z");

  /** A sink that records what it is sent; {@code reading = false} leaves every send unfinished. */
  static final class FakeSink implements SseEventSink {
    final List<OutboundSseEvent> sent = new ArrayList<>();
    boolean reading = true;
    boolean closed;

    @Override
    public boolean isClosed() {
      return closed;
    }

    @Override
    public CompletionStage<?> send(OutboundSseEvent event) {
      sent.add(event);
      return reading ? CompletableFuture.completedFuture(null) : new CompletableFuture<>();
    }

    @Override
    public void close() {
      closed = true;
    }

    List<String> ids() {
      return sent.stream().filter(e -> e.getId() != null).map(OutboundSseEvent::getId).toList();
    }
  }

  record Event(String id, String name, String comment, Object data) implements OutboundSseEvent {
    @Override
    public String getId() {
      return id;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public String getComment() {
      return comment;
    }

    @Override
    public long getReconnectDelay() {
      return -1;
    }

    @Override
    public boolean isReconnectDelaySet() {
      return false;
    }

    @Override
    public Class<?> getType() {
      return String.class;
    }

    @Override
    public Type getGenericType() {
      return String.class;
    }

    @Override
    public MediaType getMediaType() {
      return MediaType.TEXT_PLAIN_TYPE;
    }

    @Override
    public Object getData() {
      return data;
    }
  }

  static final class FakeSse implements Sse {
    @Override
    public OutboundSseEvent.Builder newEventBuilder() {
      return new OutboundSseEvent.Builder() {
        String id;
        String name;
        String comment;
        Object data;

        @Override
        public OutboundSseEvent.Builder id(String id) {
          this.id = id;
          return this;
        }

        @Override
        public OutboundSseEvent.Builder name(String name) {
          this.name = name;
          return this;
        }

        @Override
        public OutboundSseEvent.Builder reconnectDelay(long milliseconds) {
          return this;
        }

        @Override
        public OutboundSseEvent.Builder mediaType(MediaType mediaType) {
          return this;
        }

        @Override
        public OutboundSseEvent.Builder comment(String comment) {
          this.comment = comment;
          return this;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public OutboundSseEvent.Builder data(Class type, Object data) {
          this.data = data;
          return this;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public OutboundSseEvent.Builder data(GenericType type, Object data) {
          this.data = data;
          return this;
        }

        @Override
        public OutboundSseEvent.Builder data(Object data) {
          this.data = data;
          return this;
        }

        @Override
        public OutboundSseEvent build() {
          return new Event(id, name, comment, data);
        }
      };
    }

    @Override
    public SseBroadcaster newBroadcaster() {
      throw new UnsupportedOperationException();
    }
  }

  /** A clock a test moves on. */
  static final class Moving extends Clock {
    Instant now = NOW;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final FakeSink sink = new FakeSink();
  private final Moving clock = new Moving();
  private final Executor direct = Runnable::run;

  private LiveStream stream() {
    return new LiveStream(ACCOUNT, 1, sink, new FakeSse(), direct, clock);
  }

  private static LiveEvent event(long id) {
    return new LiveEvent(id, ACCOUNT, LiveKind.PROGRESS, "{\"n\":" + id + "}");
  }

  @Test
  void liveEventsWaitForTheReplayAndEachIdIsSentOnce() {
    LiveStream stream = stream();
    stream.give(event(12));
    stream.give(event(13));
    assertThat(sink.sent).as("held until the replay is in").isEmpty();

    stream.replayed(List.of(event(10), event(11), event(12)));
    stream.give(event(13));
    stream.give(event(9));

    assertThat(sink.ids()).containsExactly("10", "11", "12", "13", "9");
    assertThat(sink.sent.get(0).getName()).isEqualTo("progress");
  }

  @Test
  void aClientThatStopsReadingIsFoundStuckAndClosedWhileTheGiverNeverWaits() {
    LiveStream stream = stream();
    stream.replayed(List.of());
    sink.reading = false;
    stream.give(event(1));
    for (long id = 2; id < 50; id++) {
      stream.give(event(id));
    }
    assertThat(sink.sent).as("one send under way, the rest queued").hasSize(1);
    assertThat(stream.stuck(clock.now.plusSeconds(5), Duration.ofSeconds(10))).isFalse();
    assertThat(stream.stuck(clock.now.plusSeconds(11), Duration.ofSeconds(10))).isTrue();

    stream.close();
    assertThat(sink.closed).isTrue();
    assertThat(stream.isClosed()).isTrue();
  }

  @Test
  void aClientThatNeverReadsIsClosedOnceTooMuchWaitsForIt() {
    LiveStream stream = stream();
    stream.replayed(List.of());
    sink.reading = false;
    // One send under way, then MAX_QUEUED waiting: still open.
    for (long id = 1; id <= LiveStream.MAX_QUEUED + 1; id++) {
      stream.give(event(id));
    }
    assertThat(sink.closed).isFalse();
    stream.give(event(LiveStream.MAX_QUEUED + 2));
    assertThat(sink.closed).isTrue();
  }

  @Test
  void aStreamRetiredForTheLimitIsToldWhyThenClosed() {
    LiveStream stream = stream();
    stream.replayed(List.of());
    stream.retire("too-many-streams");

    assertThat(sink.sent).hasSize(1);
    assertThat(sink.sent.get(0).getName()).isEqualTo("closed");
    assertThat(sink.sent.get(0).getData()).isEqualTo("{\"reason\":\"too-many-streams\"}");
    assertThat(sink.closed).isTrue();
    stream.give(event(5));
    assertThat(sink.sent).as("nothing after it").hasSize(1);
  }

  @Test
  void aHeartbeatIsACommentAndOnlyWhenNothingIsBeingSent() {
    LiveStream stream = stream();
    stream.replayed(List.of());
    stream.heartbeat();
    assertThat(sink.sent).hasSize(1);
    assertThat(sink.sent.get(0).getComment()).isNotBlank();
    assertThat(sink.sent.get(0).getId()).isNull();

    sink.reading = false;
    stream.give(event(1));
    stream.heartbeat();
    assertThat(sink.sent).as("a send under way shows life already").hasSize(2);
  }
}
