package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FreshCacheTest {

  private final FreshCache<String, String> cache = new FreshCache<>(Duration.ofMinutes(1), 100);
  private final AtomicInteger reads = new AtomicInteger();

  private Optional<String> read(String value) {
    reads.incrementAndGet();
    return Optional.of(value);
  }

  @Test
  void aValueReadOnceIsAnsweredFromMemory() {
    assertThat(cache.get("k", () -> read("first"))).contains("first");
    assertThat(cache.get("k", () -> read("second"))).contains("first");
    assertThat(reads).hasValue(1);
  }

  @Test
  void nothingFoundIsNeverKept() {
    assertThat(cache.get("k", Optional::empty)).isEmpty();
    assertThat(cache.get("k", () -> read("now"))).contains("now");
  }

  @Test
  void aForgottenKeyIsReadAgain() {
    cache.get("k", () -> read("old"));
    cache.forget("k");
    assertThat(cache.get("k", () -> read("new"))).contains("new");
    assertThat(cache.known("k")).contains("new");
  }

  @Test
  void aReadOvertakenByForgettingItsKeyAnswersButIsNotKept() {
    assertThat(
            cache.get(
                "k",
                () -> {
                  cache.forget("k"); // the change commits while the old row is being read
                  return read("old");
                }))
        .contains("old");
    assertThat(cache.known("k")).isEmpty();
    assertThat(cache.get("k", () -> read("new"))).contains("new");
  }

  @Test
  void aReadOvertakenByForgettingManyKeysIsNotKept() {
    cache.get(
        "k",
        () -> {
          cache.forgetIf(key -> key.startsWith("k"));
          return read("old");
        });
    assertThat(cache.known("k")).isEmpty();
  }

  @Test
  void forgettingManyKeysSparesTheOthers() {
    cache.get("a1", () -> read("a"));
    cache.get("b1", () -> read("b"));
    cache.forgetIf(key -> key.startsWith("a"));
    assertThat(cache.known("a1")).isEmpty();
    assertThat(cache.known("b1")).contains("b");
  }

  @Test
  void anOfferedValueReplacesAForgottenOneButNotALaterOne() {
    cache.forget("k");
    cache.offer("k", "v2", FreshCacheTest::later);
    assertThat(cache.known("k")).contains("v2");
    cache.offer("k", "v1", FreshCacheTest::later);
    assertThat(cache.known("k")).contains("v2");
    cache.offer("k", "v3", FreshCacheTest::later);
    assertThat(cache.known("k")).contains("v3");
  }

  @Test
  void clearingForgetsEverything() {
    cache.get("k", () -> read("v"));
    cache.clear();
    assertThat(cache.known("k")).isEmpty();
  }

  @Test
  void forgettingByValueSparesOtherValuesAndKeepsNoReadThatRacedIt() {
    cache.get("a", () -> read("rita's"));
    cache.get("b", () -> read("sam's"));
    assertThat(
            cache.get(
                "c",
                () -> {
                  cache.forgetValues(value -> value.startsWith("rita"));
                  return read("rita's too");
                }))
        .contains("rita's too");
    assertThat(cache.known("a")).isEmpty();
    assertThat(cache.known("c")).isEmpty();
    assertThat(cache.known("b")).contains("sam's");
  }

  private static String later(String a, String b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
