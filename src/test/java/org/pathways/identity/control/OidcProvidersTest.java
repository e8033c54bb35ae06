package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OidcProvidersTest {

  private static List<OidcProviders.Provider> of(
      Map<String, String> names, Map<String, String> values) {
    return OidcProviders.of(names.keySet(), name -> Optional.ofNullable(values.get(name)));
  }

  @Test
  void dottedSettingsMakeAProviderWithItsLabel() {
    Map<String, String> settings =
        Map.of(
            "pathways.oidc.district.issuer", "https://id.district.test",
            "pathways.oidc.district.client-id", "pathways",
            "pathways.oidc.district.client-secret", "s3cret",
            "pathways.oidc.district.label", "Springfield Schools");
    assertThat(of(settings, settings))
        .containsExactly(
            new OidcProviders.Provider(
                "district",
                "https://id.district.test",
                "pathways",
                "s3cret",
                "Springfield Schools"));
  }

  @Test
  void environmentVariablesNameTheProviderInLowerCase() {
    // MicroProfile Config answers the dotted name from the environment variable.
    Map<String, String> names =
        Map.of(
            "PATHWAYS_OIDC_GOOGLE_ISSUER", "x",
            "PATHWAYS_OIDC_GOOGLE_CLIENT_ID", "x",
            "PATHWAYS_OIDC_GOOGLE_CLIENT_SECRET", "x");
    Map<String, String> values =
        Map.of(
            "pathways.oidc.google.issuer", "https://accounts.google.com",
            "pathways.oidc.google.client-id", "id",
            "pathways.oidc.google.client-secret", "secret");
    List<OidcProviders.Provider> providers = of(names, values);
    assertThat(providers).hasSize(1);
    assertThat(providers.get(0).name()).isEqualTo("google");
    assertThat(providers.get(0).label()).isEqualTo("google");
    assertThat(providers.get(0).issuer()).isEqualTo("https://accounts.google.com");
  }

  @Test
  void aProviderWithoutSecretOrIssuerIsNotOffered() {
    Map<String, String> settings =
        Map.of(
            "pathways.oidc.half.issuer", "https://id.test",
            "pathways.oidc.half.client-id", "pathways",
            "pathways.oidc.blank.issuer", " ",
            "pathways.oidc.blank.client-id", "pathways",
            "pathways.oidc.blank.client-secret", "s");
    assertThat(of(settings, settings)).isEmpty();
  }

  @Test
  void noSettingsNoProviders() {
    assertThat(of(Map.of("pathways.public-url", "https://x.test"), Map.of())).isEmpty();
  }

  @Test
  void settingsThatAreNotAboutProvidersNameNone() {
    assertThat(OidcProviders.name("pathways.oidc.issuer")).isEmpty();
    assertThat(OidcProviders.name("pathways.oidc.a/b.issuer")).isEmpty();
    assertThat(OidcProviders.name("PATHWAYS_OIDC_MY_DISTRICT_CLIENT_ID")).contains("my_district");
  }

  @Test
  void theSecretNeverShowsInText() {
    assertThat(new OidcProviders.Provider("d", "https://i", "c", "s3cret", "D").toString())
        .doesNotContain("s3cret");
  }
}
