package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.identity.control.RequiredSignIn.Problem;

class RequiredSignInTest {

  @Test
  void domainsAreReadFromLinesOrCommasInLowerCaseOnceEach() {
    var read =
        RequiredSignIn.read(
            " Springfield.K12.IL.us\n@staff.springfield.org, springfield.k12.il.us ");
    assertThat(read.valid()).isTrue();
    assertThat(read.domains()).containsExactly("springfield.k12.il.us", "staff.springfield.org");
    assertThat(RequiredSignIn.read("  ").domains()).isEmpty();
    assertThat(RequiredSignIn.read(null).valid()).isTrue();
  }

  @Test
  void somethingThatIsNotADomainIsNamedInTheProblem() {
    for (String bad :
        new String[] {"localhost", "ana@springfield.org", "-x.org", "a..org", "x.o"}) {
      var read = RequiredSignIn.read("fine.org\n" + bad);
      assertThat(read.problem()).as(bad).isEqualTo(Problem.INVALID);
      assertThat(read.offending()).isEqualTo(bad);
    }
  }

  @Test
  void aPublicMailServiceCannotBeClaimedByADistrict() {
    var read = RequiredSignIn.read("springfield.org\nGmail.com");
    assertThat(read.problem()).isEqualTo(Problem.PUBLIC_MAIL);
    assertThat(read.offending()).isEqualTo("gmail.com");
  }

  @Test
  void aDistrictNamesAtMostTwentyDomains() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i <= RequiredSignIn.MAX_DOMAINS; i++) {
      many.append("school").append(i).append(".org\n");
    }
    assertThat(RequiredSignIn.read(many.toString()).problem()).isEqualTo(Problem.TOO_MANY);
  }

  @Test
  void theDomainOfAnEmailIsWhatFollowsTheLastAt() {
    assertThat(RequiredSignIn.domainOf("Ana@Springfield.ORG")).hasValue("springfield.org");
    assertThat(RequiredSignIn.domainOf("no-at-sign")).isEmpty();
    assertThat(RequiredSignIn.domainOf("trailing@")).isEmpty();
    assertThat(RequiredSignIn.domainOf(null)).isEmpty();
  }

  @Test
  void aRuleWhoseProviderIsNoLongerConfiguredHoldsNobody() {
    assertThat(RequiredSignIn.providerFor(Optional.of("district"), Set.of("district")))
        .hasValue("district");
    assertThat(RequiredSignIn.providerFor(Optional.of("district"), Set.of("other"))).isEmpty();
    assertThat(RequiredSignIn.providerFor(Optional.empty(), Set.of("district"))).isEmpty();
  }

  @Test
  void onlyTheRequiredProviderIsAllowedWhereARuleHolds() {
    assertThat(RequiredSignIn.allows(Optional.of("district"), "district")).isTrue();
    assertThat(RequiredSignIn.allows(Optional.of("district"), "google")).isFalse();
    assertThat(RequiredSignIn.allows(Optional.of("district"), null)).isFalse();
    assertThat(RequiredSignIn.allows(Optional.empty(), null)).isTrue();
  }
}
