package org.pathways.workshop.control;

import java.util.Set;
import java.util.UUID;

/**
 * Which districts a caller may put a workshop in. Program staff (program managers, administrators)
 * may put one in any district or in none; a district manager only in a district they manage, so a
 * district is required of them, and they may neither create a workshop outside their districts nor
 * move one there.
 *
 * @param staff the caller organises the whole program
 * @param managed the districts the caller manages now
 */
public record WorkshopDistricts(boolean staff, Set<UUID> managed) {

  /** What may be done with the district a workshop is to be in. */
  public enum Placing {
    ALLOWED,
    /** No district given, and only program staff organise workshops outside a district. */
    DISTRICT_REQUIRED,
    /** A district the caller does not manage (or none that exists). */
    NOT_MANAGED
  }

  public WorkshopDistricts {
    managed = Set.copyOf(managed);
  }

  /** Whether the caller may organise any workshop at all (open the organisers' pages, create). */
  public boolean organisesAny() {
    return staff || !managed.isEmpty();
  }

  /** Whether the caller may put a workshop in this district ({@code null}: none). */
  public Placing placing(UUID district) {
    if (staff) {
      return Placing.ALLOWED;
    }
    if (district == null) {
      return Placing.DISTRICT_REQUIRED;
    }
    return managed.contains(district) ? Placing.ALLOWED : Placing.NOT_MANAGED;
  }

  /** Whether a workshop already in this district ({@code null}: none) is the caller's to manage. */
  public boolean manages(UUID district) {
    return staff || (district != null && managed.contains(district));
  }
}
