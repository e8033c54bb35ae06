package org.pathways.cohort.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a program manager sends to create a cohort. A class: see the identity DTOs for why. */
public class CohortRequest {

  @NotBlank(message = "Give the cohort a name.")
  @Size(max = 120, message = "A cohort name has at most 120 characters.")
  public String name;

  @NotBlank(message = "Name the district.")
  @Size(max = 160, message = "A district name has at most 160 characters.")
  public String district;

  @NotBlank(message = "Choose the course.")
  @Size(max = 60, message = "Choose a course from the catalog.")
  public String course;

  @Size(max = 50, message = "A cohort has at most 50 facilitators.")
  public List<@NotBlank(message = "A facilitator's email cannot be empty.") String> facilitators =
      new ArrayList<>();

  /** The last day the code works (optional). */
  public LocalDate expiresOn;
}
