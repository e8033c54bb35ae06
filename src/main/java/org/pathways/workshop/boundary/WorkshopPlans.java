package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.Refusal;
import org.pathways.workshop.control.Places;
import org.pathways.workshop.control.WorkshopPlanCheck;
import org.pathways.workshop.entity.WorkshopPlan;
import org.pathways.workshop.entity.WorkshopRequest;

/**
 * Turns an organiser's request into a plan with the catalog and the ZIP codes at hand ({@link
 * WorkshopPlanCheck}), or refuses it naming every field that is wrong.
 */
@ApplicationScoped
public class WorkshopPlans {

  @Inject ContentLibrary library;
  @Inject Places places;

  public WorkshopPlan plan(WorkshopRequest request) {
    WorkshopPlanCheck.Result result =
        WorkshopPlanCheck.check(request, library.catalog()::program, places::zip);
    if (result.valid()) {
      return result.plan();
    }
    var errors = result.errors();
    throw Refusal.invalid(
        errors.size() == 1 ? errors.get(0).message() : Message.of("workshop.plan.correctFields"),
        errors);
  }
}
