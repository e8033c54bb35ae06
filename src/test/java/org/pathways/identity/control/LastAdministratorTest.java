package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.identity.entity.Role;

class LastAdministratorTest {

  private static final Set<Role> ADMIN = Set.of(Role.TEACHER, Role.ADMIN);
  private static final Set<Role> TEACHER = Set.of(Role.TEACHER);

  @Test
  void theLastAdministratorCannotGiveUpTheRole() {
    assertThat(LastAdministrator.wouldBeRemoved(ADMIN, TEACHER, 1)).isTrue();
    assertThat(LastAdministrator.wouldBeRemoved(ADMIN, Set.of(), 1)).isTrue();
  }

  @Test
  void anAdministratorStepsDownWhileAnotherRemains() {
    assertThat(LastAdministrator.wouldBeRemoved(ADMIN, TEACHER, 2)).isFalse();
  }

  @Test
  void theLastAdministratorStillChangesTheirOtherRoles() {
    assertThat(LastAdministrator.wouldBeRemoved(ADMIN, Set.of(Role.ADMIN, Role.CONTENT_ADMIN), 1))
        .isFalse();
  }

  @Test
  void changesToOtherAccountsAreNotConcerned() {
    assertThat(LastAdministrator.wouldBeRemoved(TEACHER, Set.of(Role.FACILITATOR), 1)).isFalse();
    assertThat(LastAdministrator.wouldBeRemoved(TEACHER, ADMIN, 1)).isFalse();
  }
}
