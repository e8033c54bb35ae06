package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.identity.entity.Role;

class RoleChangeTest {

  @Test
  void givingUpAdministrationIsNoticed() {
    assertThat(
            new RoleChange(Set.of(Role.TEACHER, Role.ADMIN), Set.of(Role.TEACHER))
                .dropsAdministrator())
        .isTrue();
    assertThat(
            new RoleChange(Set.of(Role.TEACHER, Role.ADMIN), Set.of(Role.ADMIN))
                .dropsAdministrator())
        .isFalse();
    assertThat(new RoleChange(Set.of(Role.TEACHER), Set.of(Role.TEACHER)).dropsAdministrator())
        .isFalse();
  }

  @Test
  void onlyRolesTakenAwayAreWithdrawn() {
    RoleChange change =
        new RoleChange(
            Set.of(Role.TEACHER, Role.FACILITATOR, Role.ADMIN),
            Set.of(Role.TEACHER, Role.PROGRAM_MANAGER, Role.ADMIN));

    assertThat(change.withdrawn()).containsExactly(Role.FACILITATOR);
  }

  @Test
  void anUnchangedAssignmentWithdrawsNothing() {
    Set<Role> roles = Set.of(Role.TEACHER, Role.FACILITATOR);

    assertThat(new RoleChange(roles, roles).withdrawn()).isEmpty();
  }

  @Test
  void theAuditSummaryShowsBeforeAndAfter() {
    assertThat(new RoleChange(Set.of(Role.TEACHER), Set.of(Role.ADMIN)).summary())
        .isEqualTo("[TEACHER] -> [ADMIN]");
  }

  @Test
  void grantingAddsTheRoleAndKeepsTheOthers() {
    assertThat(RoleChange.granting(Set.of(Role.TEACHER, Role.ADMIN), Role.FACILITATOR))
        .hasValueSatisfying(
            roles -> assertThat(roles).containsOnly(Role.TEACHER, Role.ADMIN, Role.FACILITATOR));
  }

  @Test
  void grantingAHeldRoleChangesNothing() {
    assertThat(RoleChange.granting(Set.of(Role.TEACHER, Role.FACILITATOR), Role.FACILITATOR))
        .isEmpty();
  }
}
