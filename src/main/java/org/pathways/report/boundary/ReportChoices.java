package org.pathways.report.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathways.cohort.boundary.Cohorts;
import org.pathways.cohort.entity.Cohort;
import org.pathways.district.boundary.DistrictDirectory;
import org.pathways.district.boundary.Districts;
import org.pathways.district.entity.District;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;

/**
 * What the report page's filters offer a caller: every district and cohort to program staff, a
 * district manager only their districts and those districts' cohorts (three statements at most).
 */
@ApplicationScoped
public class ReportChoices {

  public record Choice(String id, String label) {}

  public record Choices(List<Choice> districts, List<Choice> cohorts) {}

  @Inject Authorization authorization;
  @Inject Districts districts;
  @Inject DistrictDirectory directory;
  @Inject Cohorts cohorts;

  @Transactional
  public Choices of(Caller caller, Set<UUID> managed) {
    boolean organiser = authorization.organises(caller);
    List<District> shown =
        organiser
            ? directory.all()
            : districts.some(managed).stream()
                .sorted(Comparator.comparing(District::getName))
                .toList();
    List<Cohort> visible =
        cohorts.visibleTo(caller).stream()
            .filter(c -> organiser || managed.contains(c.getDistrictId()))
            .sorted(Comparator.comparing(Cohort::getName))
            .toList();
    return new Choices(
        shown.stream()
            .map(d -> new Choice(d.getId().toString(), d.getName() + " (" + d.getState() + ")"))
            .toList(),
        visible.stream().map(c -> new Choice(c.getId().toString(), c.getName())).toList());
  }
}
