package org.pathways.district.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.pathways.district.entity.InquiryGradeBand;
import org.pathways.district.entity.InquiryRequest;
import org.pathways.platform.entity.Refusal.FieldError;

/**
 * What is wrong with a district's inquiry, field by field (empty when nothing is): the district, a
 * US state or territory by its two-letter postal code, a contact with name, email and role, one or
 * more grade bands, an optional number of teachers (1 to 1,000,000) and an optional message of at
 * most 4,000 characters.
 */
public final class InquiryCheck {

  public static final int MESSAGE_MOST = 4000;
  public static final int TEACHERS_MOST = 1_000_000;

  /** The 50 states, DC and the territories, as the US Postal Service writes them. */
  public static final Set<String> STATES =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
          "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
          "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
          "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI");

  private static final Pattern ADDRESS =
      Pattern.compile("[^@\\s<>\",;()]+@[^@\\s<>\",;()]+\\.[^@\\s<>\",;().]+");

  private InquiryCheck() {}

  public static List<FieldError> problems(InquiryRequest request) {
    List<FieldError> errors = new ArrayList<>();
    text(errors, "district", request.district, 160);
    if (blank(request.state)) {
      errors.add(FieldError.of("state", "district.inquiry.error.state.required"));
    } else if (!STATES.contains(request.state.strip().toUpperCase(java.util.Locale.ROOT))) {
      errors.add(FieldError.of("state", "district.inquiry.error.state.unknown"));
    }
    text(errors, "contactName", request.contactName, 120);
    if (blank(request.contactEmail)) {
      errors.add(FieldError.of("contactEmail", "district.inquiry.error.contactEmail.required"));
    } else if (request.contactEmail.strip().length() > 254
        || !ADDRESS.matcher(request.contactEmail.strip()).matches()) {
      errors.add(FieldError.of("contactEmail", "district.inquiry.error.contactEmail.invalid"));
    }
    text(errors, "contactRole", request.contactRole, 120);
    gradeBands(errors, request.gradeBands);
    if (request.teachers != null && (request.teachers < 1 || request.teachers > TEACHERS_MOST)) {
      errors.add(FieldError.of("teachers", "district.inquiry.error.teachers.range", TEACHERS_MOST));
    }
    if (request.message != null && request.message.strip().length() > MESSAGE_MOST) {
      errors.add(
          FieldError.of(
              "message",
              "district.inquiry.error.message.size",
              MESSAGE_MOST,
              request.message.strip().length()));
    }
    return errors;
  }

  private static void gradeBands(List<FieldError> errors, List<String> bands) {
    if (bands == null || bands.isEmpty()) {
      errors.add(FieldError.of("gradeBands", "district.inquiry.error.gradeBands.required"));
      return;
    }
    for (String band : bands) {
      if (band == null
          || java.util.Arrays.stream(InquiryGradeBand.values())
              .noneMatch(known -> known.name().equals(band))) {
        errors.add(FieldError.of("gradeBands", "district.inquiry.error.gradeBands.unknown"));
        return;
      }
    }
  }

  /** A required text of at most {@code most} characters. */
  private static void text(List<FieldError> errors, String field, String value, int most) {
    if (blank(value)) {
      errors.add(FieldError.of(field, "district.inquiry.error." + field + ".required"));
    } else if (value.strip().length() > most) {
      errors.add(FieldError.of(field, "district.inquiry.error." + field + ".size", most));
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
