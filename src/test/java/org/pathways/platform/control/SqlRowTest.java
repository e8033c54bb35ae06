package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SqlRowTest {

  record Found(UUID id, String title, int count, long total, Instant at, boolean read) {}

  private static final Instant AT = Instant.parse("2026-11-30T21:00:00.123456Z");

  @Test
  void columnsBecomeTheTypesOfARecord() {
    UUID id = UUID.randomUUID();
    List<Object> rows =
        List.of(
            new Object[] {id, "Loops", 3L, new BigInteger("7"), Timestamp.from(AT), null},
            new Object[] {id, "Loops", 4, 8L, AT.atOffset(ZoneOffset.UTC), AT});
    List<Found> found =
        SqlRow.map(
            rows,
            r ->
                new Found(
                    r.uuid(0), r.text(1), r.integer(2), r.number(3), r.instant(4), r.present(5)));
    assertThat(found)
        .containsExactly(
            new Found(id, "Loops", 3, 7, AT, false), new Found(id, "Loops", 4, 8, AT, true));
  }

  @Test
  void aOneColumnResultIsARowToo() {
    assertThat(SqlRow.map(List.of("a", "b"), r -> r.text(0))).containsExactly("a", "b");
  }

  @Test
  void aMissingTimeStaysMissing() {
    assertThat(SqlRow.map(List.of((Object) new Object[] {null}), r -> r.instant(0)))
        .containsOnlyNulls();
  }
}
