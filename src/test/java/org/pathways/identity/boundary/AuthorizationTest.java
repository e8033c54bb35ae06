package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Role;

class AuthorizationTest {

  private final Authorization authorization = new Authorization();

  private static Caller with(Role... roles) {
    return new Caller(UUID.randomUUID(), "Pat", Set.of(roles));
  }

  @Test
  void programManagersAndAdministratorsOrganiseTheProgram() {
    assertThat(authorization.organises(with(Role.PROGRAM_MANAGER))).isTrue();
    assertThat(authorization.organises(with(Role.ADMIN))).isTrue();
    assertThat(authorization.organises(with(Role.FACILITATOR, Role.CONTENT_ADMIN))).isFalse();
    assertThat(authorization.organises(Caller.ANONYMOUS)).isFalse();
  }

  @Test
  void contentAdministratorsAndAdministratorsManageContent() {
    assertThat(authorization.managesContent(with(Role.CONTENT_ADMIN))).isTrue();
    assertThat(authorization.managesContent(with(Role.ADMIN))).isTrue();
    assertThat(authorization.managesContent(with(Role.PROGRAM_MANAGER))).isFalse();
    assertThat(authorization.managesContent(Caller.ANONYMOUS)).isFalse();
  }

  @Test
  void onlyAdministratorsAdministerThePlatform() {
    assertThat(authorization.administers(with(Role.ADMIN))).isTrue();
    assertThat(authorization.administers(with(Role.PROGRAM_MANAGER, Role.CONTENT_ADMIN))).isFalse();
    assertThat(authorization.administers(Caller.ANONYMOUS)).isFalse();
  }
}
