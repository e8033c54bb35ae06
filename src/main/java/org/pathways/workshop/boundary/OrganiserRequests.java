package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.entity.Refusal;
import org.pathways.workshop.entity.WorkshopRequest;

/**
 * What the API checks of an organiser's workshop body, in this order: the caller's right to
 * organise (a teacher learns nothing from the field messages), then every field that is wrong.
 */
@ApplicationScoped
public class OrganiserRequests {

  @Inject WorkshopOrganisers organisers;
  @Inject Validator validator;

  /**
   * Program staff, or a district manager of at least one district (which ones, the facade checks).
   */
  public void requireOrganiser(Caller me) {
    organisers.requireOrganisesAny(me);
  }

  public WorkshopRequest valid(WorkshopRequest request) {
    if (request == null) {
      throw Refusal.invalid("body", "workshop.refused.noBody");
    }
    var violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return request;
  }
}
