package org.pathways.manage.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.identity.boundary.SignedIn;
import org.pathways.report.boundary.ReportMenu;

class ManageMenuTest {

  /** A menu for someone holding these of the staff rights. */
  private static ManageMenu menuFor(String... rights) {
    Set<String> held = Set.of(rights);
    ManageMenu menu = new ManageMenu();
    menu.me =
        new SignedIn() {
          @Override
          public boolean isProgramManager() {
            return held.contains("program");
          }

          @Override
          public boolean isDistrictManager() {
            return held.contains("district");
          }

          @Override
          public boolean isAdministrator() {
            return held.contains("admin");
          }

          @Override
          public boolean isContentAdministrator() {
            return held.contains("content");
          }
        };
    menu.reports =
        new ReportMenu() {
          @Override
          public boolean isShown() {
            return held.contains("program") || held.contains("district");
          }
        };
    return menu;
  }

  private static java.util.List<String> ids(ManageMenu menu) {
    return menu.getEntries().stream().map(ManageMenu.Entry::id).toList();
  }

  @Test
  void aTeacherHasNothingToManageAndNoManageEntry() {
    ManageMenu menu = menuFor();
    assertThat(menu.getEntries()).isEmpty();
    assertThat(menu.isShown()).isFalse();
  }

  @Test
  void aDistrictManagerManagesWorkshopsDistrictsAndReportsOnly() {
    assertThat(ids(menuFor("district")))
        .containsExactly("manage-workshops", "manage-districts", "manage-reports");
  }

  @Test
  void programStaffManageEverythingButPeopleAndContent() {
    assertThat(ids(menuFor("program")))
        .containsExactly(
            "manage-cohorts",
            "manage-workshops",
            "manage-inquiries",
            "manage-districts",
            "manage-reports");
  }

  @Test
  void aContentAdministratorAloneSeesContentAndTheManageEntry() {
    ManageMenu menu = menuFor("content");
    assertThat(ids(menu)).containsExactly("manage-content");
    assertThat(menu.isShown()).isTrue();
  }

  @Test
  void administratorsFindTheLearningRecordStoreAfterTheLms() {
    assertThat(ids(menuFor("admin"))).containsSubsequence("manage-lti", "manage-xapi");
    assertThat(ids(menuFor("program"))).doesNotContain("manage-xapi");
  }

  @Test
  void eachEntryLinksToItsPageWithATitleAndASentence() {
    ManageMenu.Entry people = menuFor("admin").getEntries().get(0);
    assertThat(people)
        .isEqualTo(
            new ManageMenu.Entry(
                "manage-people",
                "/admin/users.xhtml",
                "manage.index.people",
                "manage.index.people.sentence"));
  }
}
