package org.pathways.district.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathways.district.entity.District;
import org.pathways.identity.boundary.AccountNames;

/**
 * Districts as the API and the pages show them: with their managers' and invited addresses, for any
 * number of districts in two statements (the managers' names and emails, the open invitations).
 */
@ApplicationScoped
public class DistrictViews {

  @Inject AccountNames names;
  @Inject Districts districts;

  /** A district with its managers by email and the addresses invited, not yet accepted. */
  public record DistrictView(
      String id, String name, String state, List<String> managers, List<String> invited) {}

  public List<DistrictView> of(Collection<District> some) {
    Map<UUID, AccountNames.Named> managers =
        names.of(some.stream().flatMap(d -> d.getManagers().stream()).collect(Collectors.toSet()));
    Map<UUID, List<String>> invited = districts.invited(some);
    return some.stream()
        .map(
            d ->
                new DistrictView(
                    d.getId().toString(),
                    d.getName(),
                    d.getState(),
                    d.getManagers().stream()
                        .map(managers::get)
                        .filter(Objects::nonNull)
                        .map(AccountNames.Named::email)
                        .sorted()
                        .toList(),
                    invited.getOrDefault(d.getId(), List.of()).stream().sorted().toList()))
        .toList();
  }

  public DistrictView of(District district) {
    return of(List.of(district)).get(0);
  }
}
