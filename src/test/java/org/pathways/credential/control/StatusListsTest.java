package org.pathways.credential.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class StatusListsTest {

  @Test
  void setBitsSurviveEncodingAndDecoding() {
    BitSet revoked = new BitSet();
    revoked.set(0);
    revoked.set(7);
    revoked.set(42);
    revoked.set(StatusLists.SIZE - 1);

    String encoded = StatusLists.encode(revoked);

    assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
    assertThat(StatusLists.decode(encoded)).isEqualTo(revoked);
  }

  @Test
  void indexZeroIsTheLeftMostBitOfTheFirstByte() throws Exception {
    BitSet revoked = new BitSet();
    revoked.set(0);
    revoked.set(9);

    byte[] bytes =
        new GZIPInputStream(
                new java.io.ByteArrayInputStream(
                    Base64.getUrlDecoder().decode(StatusLists.encode(revoked).substring(1))))
            .readAllBytes();

    assertThat(bytes).hasSize(StatusLists.SIZE / 8);
    assertThat(bytes[0]).isEqualTo((byte) 0x80);
    assertThat(bytes[1]).isEqualTo((byte) 0x40);
  }

  @Test
  void anEmptyListIsSixteenKibibytesOfZeros() {
    assertThat(StatusLists.decode(StatusLists.encode(new BitSet())).isEmpty()).isTrue();
  }

  @Test
  void aBitBeyondTheListIsRefused() {
    BitSet tooFar = new BitSet();
    tooFar.set(StatusLists.SIZE);

    assertThatThrownBy(() -> StatusLists.encode(tooFar))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statusIndexesFillOneListAfterAnother() {
    assertThat(StatusLists.entry("https://x.test/s", 5).listUrl()).isEqualTo("https://x.test/s/1");
    assertThat(StatusLists.entry("https://x.test/s", StatusLists.SIZE).listUrl())
        .isEqualTo("https://x.test/s/2");
    assertThat(StatusLists.entry("https://x.test/s", StatusLists.SIZE).index()).isZero();
    assertThat(StatusLists.firstIndex(2)).isEqualTo(StatusLists.SIZE);
  }
}
