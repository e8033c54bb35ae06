package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.pathways.platform.control.PublicAddress;

class PublicSiteReadinessTest {

  private static HealthCheckResponse readiness(String publicUrl) {
    PublicSiteReadiness check = new PublicSiteReadiness();
    check.site = new PublicSite(PublicAddress.of(publicUrl));
    return check.call();
  }

  @Test
  void withoutAPublicAddressThePlatformIsNotReadyAndNamesTheSetting() {
    HealthCheckResponse response = readiness(null);

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData())
        .hasValueSatisfying(
            data -> assertThat(data).containsEntry("reason", "PATHWAYS_PUBLIC_URL is not set"));
  }

  @Test
  void aMalformedPublicAddressIsNotReadyWithoutShowingTheValue() {
    HealthCheckResponse response = readiness("ftp://secret-host.internal");

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow().toString()).doesNotContain("secret-host");
  }

  @Test
  void aPublicAddressIsReady() {
    assertThat(readiness("https://pathways.example.org").getStatus())
        .isEqualTo(HealthCheckResponse.Status.UP);
  }
}
