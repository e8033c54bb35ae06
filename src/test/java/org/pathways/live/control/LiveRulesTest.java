package org.pathways.live.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which events a reconnecting page gets, how many streams an account keeps, which ids are read. */
class LiveRulesTest {

  @Test
  void onlyAPositiveWholeNumberIsALastEventId() {
    assertThat(LastEventId.of("42")).hasValue(42);
    assertThat(LastEventId.of(" 7 ")).hasValue(7);
    assertThat(LastEventId.of(null)).isEmpty();
    assertThat(LastEventId.of("")).isEmpty();
    assertThat(LastEventId.of("0")).isEmpty();
    assertThat(LastEventId.of("-3")).isEmpty();
    assertThat(LastEventId.of("12abc")).isEmpty();
    assertThat(LastEventId.of("9".repeat(19))).as("beyond a bigint").isEmpty();
  }

  @Test
  void oneStreamOverTheLimitClosesTheOldest() {
    assertThat(StreamLimit.toClose(List.of("a", "b", "c", "d"), 5)).isEmpty();
    assertThat(StreamLimit.toClose(List.of("a", "b", "c", "d", "e"), 5)).containsExactly("a");
    assertThat(StreamLimit.toClose(List.of("a", "b", "c"), 2)).containsExactly("a", "b");
    assertThat(StreamLimit.toClose(List.of("a"), 1)).containsExactly("a");
    assertThat(StreamLimit.toClose(List.of(), 1)).isEmpty();
  }

  @Test
  void anEventIsGivenOnceEvenWhenItsIdsArriveOutOfOrder() {
    RecentIds ids = new RecentIds(3);
    assertThat(ids.firstTime(11)).isTrue();
    assertThat(ids.firstTime(10)).as("committed after 11, still new").isTrue();
    assertThat(ids.firstTime(11)).isFalse();
    assertThat(ids.firstTime(12)).isTrue();
    assertThat(ids.firstTime(13)).isTrue();
    assertThat(ids.firstTime(11)).as("forgotten beyond the capacity").isTrue();
  }

  @Test
  void anInstanceReadsOnlyTheEventsOfAccountsListeningThere() {
    UUID here = UUID.randomUUID();
    UUID elsewhere = UUID.randomUUID();
    List<String> payloads =
        List.of(
            Notifications.payload(5, here),
            Notifications.payload(6, elsewhere),
            "garbage",
            "7,not-a-uuid",
            Notifications.payload(8, here));

    assertThat(Notifications.wanted(payloads, Set.of(here))).containsExactly(5L, 8L);
    assertThat(Notifications.wanted(payloads, Set.of())).isEmpty();
  }
}
