package org.pathways.facilitation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.pathways.platform.entity.Refusal;

class IdleDaysTest {

  @Test
  void noneTypedMeansTheCohortsOwn() {
    assertThat(IdleDays.of(null, 7)).isEqualTo(7);
    assertThat(IdleDays.of(" ", 10)).isEqualTo(10);
  }

  @Test
  void aNumberFromOneTo365OverridesIt() {
    assertThat(IdleDays.of("1", 7)).isEqualTo(1);
    assertThat(IdleDays.of(" 365 ", 7)).isEqualTo(365);
  }

  @Test
  void anythingElseIsRefusedNamingTheField() {
    for (String typed : new String[] {"0", "366", "-3", "abc", "7.5", "99999999999"}) {
      Refusal refusal = catchThrowableOfType(Refusal.class, () -> IdleDays.of(typed, 7));
      assertThat(refusal.kind()).as(typed).isEqualTo(Refusal.Kind.INVALID);
      assertThat(refusal.errors())
          .extracting(Refusal.FieldError::field)
          .containsExactly("inactiveDays");
    }
  }
}
