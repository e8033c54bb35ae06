package org.pathways.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

  private final Account account = new Account("  Pat@School.TEST ", "Pat", "hash", Instant.EPOCH);

  @Test
  void emailsAreKeptTrimmedAndLowerCase() {
    assertThat(account.getEmail()).isEqualTo("pat@school.test");
  }

  @Test
  void everyAccountStaysATeacherWhateverRolesItIsGiven() {
    account.assignRoles(Set.of(Role.FACILITATOR), Instant.EPOCH);
    assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.TEACHER, Role.FACILITATOR);

    account.assignRoles(Set.of(), Instant.EPOCH);
    assertThat(account.getRoles()).containsExactly(Role.TEACHER);
  }

  @Test
  void aPreferenceThatChangesNothingIsNotAChange() {
    Instant later = Instant.EPOCH.plusSeconds(60);
    assertThat(account.prefer(Locale.forLanguageTag("es"), ZoneId.of("America/Denver"), later))
        .isTrue();
    assertThat(account.prefer(Locale.forLanguageTag("es"), null, later.plusSeconds(60))).isFalse();
    assertThat(account.prefer(null, ZoneId.of("America/Denver"), later.plusSeconds(60))).isFalse();
    assertThat(account.prefer(null, null, later.plusSeconds(60))).isFalse();
    assertThat(account.prefer(null, ZoneId.of("America/Chicago"), later.plusSeconds(90))).isTrue();
  }
}
