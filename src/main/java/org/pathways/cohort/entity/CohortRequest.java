package org.pathways.cohort.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a program manager sends to create a cohort. A class: see the identity DTOs for why. */
public class CohortRequest {

  @NotBlank(message = "{cohort.request.name.required}")
  @Size(max = 120, message = "{cohort.request.name.size}")
  public String name;

  /** Free text for a cohort outside a partner district; with {@link #districtId}, not needed. */
  @Size(max = 160, message = "{cohort.request.district.size}")
  public String district;

  /** The partner district it belongs to (optional); its name becomes {@link #district}. */
  public String districtId;

  @NotBlank(message = "{cohort.request.course.required}")
  @Size(max = 60, message = "{cohort.request.course.size}")
  public String course;

  @Size(max = 50, message = "{cohort.request.facilitators.size}")
  public List<@NotBlank(message = "{cohort.request.facilitator.required}") String> facilitators =
      new ArrayList<>();

  /** The last day the code works (optional). */
  public LocalDate expiresOn;
}
