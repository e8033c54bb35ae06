package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void aPostgresqlUrlCanBeUsed() {
    assertThat(DatabaseSettings.of("jdbc:postgresql://db.example:5432/pathways", "app").problem())
        .isEmpty();
  }

  @Test
  void aMissingUrlNamesTheSetting() {
    assertThat(DatabaseSettings.of(" ", "app").problem())
        .hasValueSatisfying(message -> assertThat(message).contains("PATHWAYS_DB_URL", "empty"));
  }

  @Test
  void anotherDatabasesUrlIsRefusedNamingTheSettingAndTheExpectedForm() {
    assertThat(DatabaseSettings.of("jdbc:mysql://localhost/pathways", "app").problem())
        .hasValueSatisfying(
            message ->
                assertThat(message)
                    .contains("PATHWAYS_DB_URL", "jdbc:mysql://localhost/pathways")
                    .contains("jdbc:postgresql://HOST:PORT/DATABASE"));
  }

  @Test
  void aMalformedPostgresqlUrlIsRefused() {
    assertThat(
            DatabaseSettings.of("jdbc:postgresql://localhost:notaport/pathways", "app").problem())
        .isPresent();
  }

  @Test
  void passwordsInTheUrlNeverReachTheDescription() {
    DatabaseSettings settings =
        DatabaseSettings.of(
            "jdbc:postgresql://localhost/pathways?user=app&password=s3cret&sslpassword=k3y", "app");

    assertThat(settings.describe()).doesNotContain("s3cret", "k3y").contains("password=***");
    assertThat(settings.problem()).isEmpty();
  }

  @Test
  void aMalformedUrlIsDescribedWithoutItsPassword() {
    assertThat(DatabaseSettings.of("postgres://x?password=s3cret", "app").problem())
        .hasValueSatisfying(message -> assertThat(message).doesNotContain("s3cret"));
  }
}
