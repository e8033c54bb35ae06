package org.pathways.cohort.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The whole list of a cohort's facilitators, by email (PUT /api/cohorts/{id}/facilitators). */
public class FacilitatorsRequest {

  @NotNull(message = "List the facilitators' emails (an empty list removes them all).")
  @Size(max = 50, message = "A cohort has at most 50 facilitators.")
  public List<@NotNull(message = "A facilitator's email cannot be empty.") String> emails =
      new ArrayList<>();
}
