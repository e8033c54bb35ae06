package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.GradeBand;

class ProfileFormTest {

  @Test
  void theFormShowsTheProfileTheAccountHasAndGivesItBackUnchanged() {
    Account account = new Account("pat@school.test", "Pat", "hash", Instant.EPOCH);
    Account.Profile profile =
        new Account.Profile("Pat Lee", "Lincoln", "Denver", "CO", "80202", GradeBand.MIDDLE_SCHOOL);
    account.describe(profile, Instant.EPOCH);

    assertThat(ProfileForm.of(account).profile()).isEqualTo(profile);
  }

  @Test
  void aGradeBandNotSaidHasNoCode() {
    ProfileForm form = new ProfileForm();

    assertThat(form.gradeBandCode()).isNull();
    form.setGradeBand(GradeBand.HIGH_SCHOOL);
    assertThat(form.gradeBandCode()).isEqualTo("9-12");
  }
}
