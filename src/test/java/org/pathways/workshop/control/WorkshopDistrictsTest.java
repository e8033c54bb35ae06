package org.pathways.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.workshop.control.WorkshopDistricts.Placing;

class WorkshopDistrictsTest {

  private static final UUID NORTH = UUID.randomUUID();
  private static final UUID SOUTH = UUID.randomUUID();

  private static final WorkshopDistricts STAFF = new WorkshopDistricts(true, Set.of());
  private static final WorkshopDistricts NORTH_MANAGER =
      new WorkshopDistricts(false, Set.of(NORTH));
  private static final WorkshopDistricts TEACHER = new WorkshopDistricts(false, Set.of());

  @Test
  void programStaffPutAWorkshopInAnyDistrictOrInNone() {
    assertThat(STAFF.placing(NORTH)).isEqualTo(Placing.ALLOWED);
    assertThat(STAFF.placing(SOUTH)).isEqualTo(Placing.ALLOWED);
    assertThat(STAFF.placing(null)).isEqualTo(Placing.ALLOWED);
    assertThat(STAFF.manages(null)).isTrue();
    assertThat(STAFF.manages(SOUTH)).isTrue();
    assertThat(STAFF.organisesAny()).isTrue();
  }

  @Test
  void aDistrictManagerPutsAWorkshopOnlyInADistrictTheyManage() {
    assertThat(NORTH_MANAGER.placing(NORTH)).isEqualTo(Placing.ALLOWED);
    assertThat(NORTH_MANAGER.placing(SOUTH)).isEqualTo(Placing.NOT_MANAGED);
    assertThat(NORTH_MANAGER.organisesAny()).isTrue();
  }

  @Test
  void aDistrictManagerMustNameADistrict() {
    assertThat(NORTH_MANAGER.placing(null)).isEqualTo(Placing.DISTRICT_REQUIRED);
  }

  @Test
  void aDistrictManagerManagesTheirDistrictsWorkshopsOnlyAndNoneOutsideADistrict() {
    assertThat(NORTH_MANAGER.manages(NORTH)).isTrue();
    assertThat(NORTH_MANAGER.manages(SOUTH)).isFalse();
    assertThat(NORTH_MANAGER.manages(null)).isFalse();
  }

  @Test
  void aManagerOfSeveralDistrictsChoosesAmongThem() {
    WorkshopDistricts both = new WorkshopDistricts(false, Set.of(NORTH, SOUTH));
    assertThat(both.placing(NORTH)).isEqualTo(Placing.ALLOWED);
    assertThat(both.placing(SOUTH)).isEqualTo(Placing.ALLOWED);
    assertThat(both.placing(UUID.randomUUID())).isEqualTo(Placing.NOT_MANAGED);
  }

  @Test
  void someoneWhoManagesNoDistrictOrganisesNothing() {
    assertThat(TEACHER.organisesAny()).isFalse();
    assertThat(TEACHER.placing(NORTH)).isEqualTo(Placing.NOT_MANAGED);
    assertThat(TEACHER.placing(null)).isEqualTo(Placing.DISTRICT_REQUIRED);
    assertThat(TEACHER.manages(NORTH)).isFalse();
  }
}
