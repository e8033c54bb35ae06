package org.pathways.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallerTest {

  private final UUID id = UUID.randomUUID();

  @Test
  void aListedFacilitatorWithTheRoleFacilitates() {
    Caller caller = new Caller(id, "Ana", Set.of(Role.FACILITATOR));
    assertThat(caller.facilitatorIn(Set.of(id))).isTrue();
  }

  @Test
  void someoneListedWhoseRoleWasWithdrawnNoLongerFacilitates() {
    Caller caller = new Caller(id, "Ana", Set.of(Role.TEACHER));
    assertThat(caller.facilitatorIn(Set.of(id))).isFalse();
  }

  @Test
  void aFacilitatorOfSomethingElseDoesNotFacilitateThis() {
    Caller caller = new Caller(id, "Ana", Set.of(Role.FACILITATOR));
    assertThat(caller.facilitatorIn(Set.of(UUID.randomUUID()))).isFalse();
  }

  @Test
  void nobodySignedInFacilitatesNothing() {
    assertThat(Caller.ANONYMOUS.facilitatorIn(Set.of(id))).isFalse();
  }
}
