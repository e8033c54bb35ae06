package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

  @Test
  void linksStartAtTheConfiguredAddress() {
    assertThat(PublicAddress.of("https://pathways.example.org/").link("/identity/reset.xhtml"))
        .isEqualTo("https://pathways.example.org/identity/reset.xhtml");
    assertThat(PublicAddress.of(" http://district.test:8443/pathways// ").link("/forum"))
        .isEqualTo("http://district.test:8443/pathways/forum");
  }

  @Test
  void withoutTheSettingNoLinkIsBuiltAndTheSettingIsNamed() {
    PublicAddress missing = PublicAddress.of(" ");

    assertThat(missing.usable()).isFalse();
    assertThat(missing.reason()).hasValue("PATHWAYS_PUBLIC_URL is not set");
    assertThatThrownBy(() -> missing.link("/identity/reset.xhtml?token="))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PATHWAYS_PUBLIC_URL is not set");
  }

  @Test
  void anythingButAnHttpAddressWithAHostIsRefused() {
    for (String bad :
        new String[] {
          "pathways.example.org",
          "ftp://pathways.example.org",
          "https://",
          "https://user:secret@pathways.example.org",
          "https://pathways.example.org/?next=x",
          "https://pathways.example.org/#top",
          "https://pathways example.org"
        }) {
      PublicAddress address = PublicAddress.of(bad);
      assertThat(address.usable()).as(bad).isFalse();
      assertThat(address.problem())
          .as(bad)
          .hasValueSatisfying(p -> p.contains("PATHWAYS_PUBLIC_URL"));
      assertThat(address.reason().orElseThrow())
          .as("the public reason hides the value")
          .doesNotContain(bad);
    }
  }

  @Test
  void onlyAnHttpsAddressCountsAsPublishedOverHttps() {
    assertThat(PublicAddress.of("HTTPS://pathways.example.org").https()).isTrue();
    assertThat(PublicAddress.of("http://pathways.example.org").https()).isFalse();
    assertThat(PublicAddress.of(null).https()).isFalse();
  }
}
