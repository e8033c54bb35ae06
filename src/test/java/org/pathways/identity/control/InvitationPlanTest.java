package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvitationPlanTest {

  private static final UUID ANA = UUID.randomUUID();
  private static final UUID BEN = UUID.randomUUID();

  @Test
  void aFacilitatorLeftOffTheListLosesTheRightAndOneStillOnItKeepsIt() {
    var plan =
        InvitationPlan.of(
            Map.of(ANA, "ana@school.test", BEN, "ben@school.test"),
            Set.of(),
            List.of("Ana@School.test "));

    assertThat(plan.keep()).containsExactly(ANA);
    assertThat(plan.removed()).containsExactly(BEN);
    assertThat(plan.invite()).isEmpty();
  }

  @Test
  void theAuditTrailReadsHowManyAreKeptRemovedAndInvited() {
    var plan =
        InvitationPlan.of(
            Map.of(ANA, "ana@school.test", BEN, "ben@school.test"),
            Set.of(),
            List.of("ana@school.test", "cy@school.test", "di@school.test"));

    assertThat(plan.summary()).isEqualTo("1 kept, 1 removed, 2 invited");
  }

  @Test
  void aNewAddressIsInvitedOnceWhateverItsSpellingAndAnOpenInvitationIsNotSentAgain() {
    var plan =
        InvitationPlan.of(
            Map.of(),
            Set.of("cy@school.test"),
            List.of("dee@school.test", "DEE@school.test", "cy@school.test"));

    assertThat(plan.invite()).containsExactly("dee@school.test");
    assertThat(plan.withdraw()).isEmpty();
    assertThat(plan.size(Set.of("cy@school.test"))).isEqualTo(2);
  }

  @Test
  void anOpenInvitationLeftOffTheListIsWithdrawn() {
    var plan = InvitationPlan.of(Map.of(), Set.of("cy@school.test"), List.of());

    assertThat(plan.withdraw()).containsExactly("cy@school.test");
    assertThat(plan.size(Set.of("cy@school.test"))).isZero();
  }

  @Test
  void whatIsNotAnEmailAddressIsNamedAsWrittenAndBlankLinesAreIgnored() {
    var plan =
        InvitationPlan.of(
            Map.of(),
            Set.of(),
            List.of("", "  ", "not an address", "a@b", "<x@y.test>", "ok@school.test"));

    assertThat(plan.invalid()).containsExactly("not an address", "a@b", "<x@y.test>");
    assertThat(plan.invite()).containsExactly("ok@school.test");
  }

  @Test
  void aTypedListIsSplitAtCommasSemicolonsAndLineBreaksButNotAtSpaces() {
    assertThat(InvitationPlan.split(" ana@school.test,\r\nben@school.test; cy at school\n\n"))
        .containsExactly("ana@school.test", "ben@school.test", "cy at school");
    assertThat(InvitationPlan.split("   ")).isEmpty();
    assertThat(InvitationPlan.split(null)).isEmpty();
  }
}
