package org.pathways.cohort.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The whole list of a cohort's facilitators, by email (PUT /api/cohorts/{id}/facilitators). */
public class FacilitatorsRequest {

  @NotNull(message = "{cohort.request.facilitators.required}")
  @Size(max = 50, message = "{cohort.request.facilitators.size}")
  public List<@NotNull(message = "{cohort.request.facilitator.required}") String> emails =
      new ArrayList<>();
}
