package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.identity.control.OidcArrival.Claims;
import org.pathways.identity.control.OidcArrival.Kind;

class OidcArrivalTest {

  private static final UUID LINKED = UUID.randomUUID();
  private static final UUID SIGNED_IN = UUID.randomUUID();
  private static final Claims ANA =
      new Claims("sub-1", "Ana Lopez", null, null, "Ana@District.test", true);

  @Test
  void aLinkedProviderAccountSignsInToItsAccount() {
    var decision = OidcArrival.decide(Optional.of(LINKED), Optional.of(SIGNED_IN), ANA, true);
    assertThat(decision.kind()).isEqualTo(Kind.SIGN_IN);
    assertThat(decision.account()).isEqualTo(LINKED);
  }

  @Test
  void aSignedInOwnerLinksANewProviderAccount() {
    var decision = OidcArrival.decide(Optional.empty(), Optional.of(SIGNED_IN), ANA, true);
    assertThat(decision.kind()).isEqualTo(Kind.LINK);
    assertThat(decision.account()).isEqualTo(SIGNED_IN);
  }

  @Test
  void aNewcomerWithAVerifiedEmailGetsANewAccount() {
    var decision = OidcArrival.decide(Optional.empty(), Optional.empty(), ANA, false);
    assertThat(decision.kind()).isEqualTo(Kind.CREATE);
    assertThat(decision.name()).isEqualTo("Ana Lopez");
    assertThat(decision.email()).isEqualTo("ana@district.test");
  }

  @Test
  void aMatchingEmailIsNeverTakenOver() {
    var decision = OidcArrival.decide(Optional.empty(), Optional.empty(), ANA, true);
    assertThat(decision.kind()).isEqualTo(Kind.EMAIL_TAKEN);
    assertThat(decision.account()).isNull();
  }

  @Test
  void anUnverifiedOrMissingEmailMakesNoAccount() {
    Claims unverified = new Claims("s", "Ana", null, null, "ana@district.test", false);
    Claims unsaid = new Claims("s", "Ana", null, null, "ana@district.test", null);
    Claims none = new Claims("s", "Ana", null, null, null, true);
    for (Claims claims : new Claims[] {unverified, unsaid, none}) {
      assertThat(OidcArrival.decide(Optional.empty(), Optional.empty(), claims, false).kind())
          .isEqualTo(Kind.NO_VERIFIED_EMAIL);
    }
  }

  @Test
  void theNameComesFromNameThenGivenAndFamilyThenTheEmail() {
    assertThat(new Claims("s", null, "Ana", "Lopez", "a@d.test", true).displayName())
        .isEqualTo("Ana Lopez");
    assertThat(new Claims("s", " ", "Ana", null, "a@d.test", true).displayName()).isEqualTo("Ana");
    assertThat(new Claims("s", null, null, null, "ana.lopez@d.test", true).displayName())
        .isEqualTo("ana.lopez");
    assertThat(new Claims("s", "x".repeat(300), null, null, "a@d.test", true).displayName())
        .hasSize(OidcArrival.MAX_NAME);
  }

  @Test
  void aDistrictThatRequiresItsProviderTurnsAwayAnotherProvidersSignInLinkAndNewAccount() {
    var signIn = OidcArrival.decide(Optional.of(LINKED), Optional.empty(), ANA, false);
    var link = OidcArrival.decide(Optional.empty(), Optional.of(SIGNED_IN), ANA, false);
    var create = OidcArrival.decide(Optional.empty(), Optional.empty(), ANA, false);
    for (var decision : java.util.List.of(signIn, link, create)) {
      var ruled = OidcArrival.underRule(decision, Optional.of("district"), "google");
      assertThat(ruled.kind()).isEqualTo(Kind.DISTRICT_PROVIDER);
      assertThat(ruled.name()).isEqualTo("district");
      assertThat(ruled.account()).isNull();
      assertThat(OidcArrival.underRule(decision, Optional.of("district"), "district"))
          .isEqualTo(decision);
      assertThat(OidcArrival.underRule(decision, Optional.empty(), "google")).isEqualTo(decision);
    }
    var taken = OidcArrival.decide(Optional.empty(), Optional.empty(), ANA, true);
    assertThat(OidcArrival.underRule(taken, Optional.of("district"), "google").kind())
        .isEqualTo(Kind.EMAIL_TAKEN);
  }
}
