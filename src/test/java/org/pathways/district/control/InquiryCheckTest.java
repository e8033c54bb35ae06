package org.pathways.district.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.district.entity.InquiryRequest;
import org.pathways.platform.entity.Refusal.FieldError;

class InquiryCheckTest {

  private static InquiryRequest valid() {
    InquiryRequest request = new InquiryRequest();
    request.district = "Aurora Public Schools";
    request.state = "co";
    request.contactName = "Dana District";
    request.contactEmail = "dana@aurora.k12.test";
    request.contactRole = "Curriculum director";
    request.gradeBands = new ArrayList<>(List.of("MS", "HS"));
    return request;
  }

  private static List<String> fields(InquiryRequest request) {
    return InquiryCheck.problems(request).stream().map(FieldError::field).toList();
  }

  private static List<String> keys(InquiryRequest request) {
    return InquiryCheck.problems(request).stream().map(e -> e.message().key()).toList();
  }

  @Test
  void aCompleteInquiryWithoutTheOptionalFieldsHasNoProblem() {
    assertThat(InquiryCheck.problems(valid())).isEmpty();
  }

  @Test
  void anEmptyInquiryNamesEveryRequiredFieldWithItsOwnKey() {
    InquiryRequest empty = new InquiryRequest();
    empty.gradeBands = null;

    assertThat(fields(empty))
        .containsExactly(
            "district", "state", "contactName", "contactEmail", "contactRole", "gradeBands");
    assertThat(keys(empty))
        .containsExactly(
            "district.inquiry.error.district.required",
            "district.inquiry.error.state.required",
            "district.inquiry.error.contactName.required",
            "district.inquiry.error.contactEmail.required",
            "district.inquiry.error.contactRole.required",
            "district.inquiry.error.gradeBands.required");
  }

  @Test
  void blankTextCountsAsMissing() {
    InquiryRequest request = valid();
    request.district = "   ";
    request.contactRole = "\t";

    assertThat(fields(request)).containsExactly("district", "contactRole");
  }

  @Test
  void theStateIsAUsPostalCodeInEitherCase() {
    InquiryRequest request = valid();
    for (String state : List.of("tx", "DC", "PR")) {
      request.state = state;
      assertThat(InquiryCheck.problems(request)).as(state).isEmpty();
    }
    for (String state : List.of("ZZ", "Colorado", "C", "ON")) {
      request.state = state;
      assertThat(keys(request)).as(state).containsExactly("district.inquiry.error.state.unknown");
    }
  }

  @Test
  void theContactEmailMustLookLikeAnAddress() {
    InquiryRequest request = valid();
    for (String email : List.of("dana at aurora", "dana@aurora", "<dana@aurora.test>", "@x.test")) {
      request.contactEmail = email;
      assertThat(keys(request))
          .as(email)
          .containsExactly("district.inquiry.error.contactEmail.invalid");
    }
  }

  @Test
  void gradeBandsAreANonEmptySubsetOfK5MsAndHs() {
    InquiryRequest request = valid();
    request.gradeBands = new ArrayList<>(List.of("K5", "MS", "HS"));
    assertThat(InquiryCheck.problems(request)).isEmpty();

    request.gradeBands = new ArrayList<>();
    assertThat(keys(request)).containsExactly("district.inquiry.error.gradeBands.required");

    request.gradeBands = new ArrayList<>(List.of("MS", "9-12"));
    assertThat(keys(request)).containsExactly("district.inquiry.error.gradeBands.unknown");

    request.gradeBands = new ArrayList<>(Arrays.asList("MS", null));
    assertThat(keys(request)).containsExactly("district.inquiry.error.gradeBands.unknown");
  }

  @Test
  void teachersAreOptionalButBetweenOneAndAMillion() {
    InquiryRequest request = valid();
    for (int teachers : List.of(1, 40, 1_000_000)) {
      request.teachers = teachers;
      assertThat(InquiryCheck.problems(request)).as("" + teachers).isEmpty();
    }
    for (int teachers : List.of(0, -3, 1_000_001)) {
      request.teachers = teachers;
      assertThat(keys(request))
          .as("" + teachers)
          .containsExactly("district.inquiry.error.teachers.range");
    }
  }

  @Test
  void theMessageIsOptionalUpToFourThousandCharacters() {
    InquiryRequest request = valid();
    request.message = "x".repeat(4000);
    assertThat(InquiryCheck.problems(request)).isEmpty();

    request.message = "x".repeat(4001);
    List<FieldError> problems = InquiryCheck.problems(request);
    assertThat(problems).extracting(FieldError::field).containsExactly("message");
    assertThat(problems.get(0).message().arguments()).containsExactly(4000, 4001);
  }

  @Test
  void textsLongerThanTheirColumnsAreRefused() {
    InquiryRequest request = valid();
    request.district = "d".repeat(161);
    request.contactName = "n".repeat(121);
    request.contactRole = "r".repeat(121);
    request.contactEmail = "e".repeat(250) + "@x.test";

    assertThat(keys(request))
        .containsExactly(
            "district.inquiry.error.district.size",
            "district.inquiry.error.contactName.size",
            "district.inquiry.error.contactEmail.invalid",
            "district.inquiry.error.contactRole.size");
  }
}
