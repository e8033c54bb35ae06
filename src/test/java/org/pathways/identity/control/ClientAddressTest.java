package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final String PROXY = "192.168.0.5";

  @Test
  void aSpoofedLeftmostEntryIsNotBelievedTheOneTheProxyAppendedIs() {
    assertThat(ClientAddress.of(List.of("1.2.3.4, 203.0.113.7"), PROXY, 1))
        .isEqualTo("203.0.113.7");
    assertThat(ClientAddress.of(List.of("1.2.3.4, 5.6.7.8, 9.9.9.9, 203.0.113.7"), PROXY, 1))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void aSpoofedHeaderOfItsOwnBeforeTheProxysHeaderIsNotBelievedEither() {
    assertThat(ClientAddress.of(List.of("1.2.3.4", "203.0.113.7"), PROXY, 1))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void withSeveralTrustedHopsTheAddressIsCountedFromTheRight() {
    String header = "1.2.3.4, 203.0.113.7, 10.0.0.2";

    assertThat(ClientAddress.of(List.of(header), PROXY, 2)).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.of(List.of(header), PROXY, 3)).isEqualTo("1.2.3.4");
    assertThat(ClientAddress.of(List.of("203.0.113.7"), PROXY, 2))
        .as("fewer entries than hops: the farthest there is")
        .isEqualTo("203.0.113.7");
  }

  @Test
  void ipv6AddressesAreKept() {
    assertThat(ClientAddress.of(List.of("::1, 2001:db8::17"), PROXY, 1)).isEqualTo("2001:db8::17");
  }

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertThat(ClientAddress.of(List.of("1.2.3.4"), PROXY, 0)).isEqualTo(PROXY);
    assertThat(ClientAddress.of(null, PROXY, 0)).isEqualTo(PROXY);
  }

  @Test
  void aMissingBlankOrGarbageEntryFallsBackToTheConnection() {
    assertThat(ClientAddress.of(List.of(), PROXY, 1)).isEqualTo(PROXY);
    assertThat(ClientAddress.of(List.of("  "), PROXY, 1)).isEqualTo(PROXY);
    assertThat(ClientAddress.of(List.of("1.2.3.4, "), PROXY, 1)).isEqualTo(PROXY);
    assertThat(ClientAddress.of(List.of("1.2.3.4,,"), PROXY, 2)).isEqualTo(PROXY);
    assertThat(ClientAddress.of(List.of("1.2.3.4, unknown"), PROXY, 1)).isEqualTo(PROXY);
    assertThat(ClientAddress.of(List.of("1.2.3.4, <script>"), PROXY, 1)).isEqualTo(PROXY);
    assertThat(ClientAddress.of(List.of("1.2.3.4, " + "1".repeat(300)), PROXY, 1)).isEqualTo(PROXY);
  }
}
