package org.pathways.facilitation.control;

import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Role;

/** Who supports teachers, and so has "My cohorts": facilitators, district and program staff. */
public final class Supporters {

  private Supporters() {}

  public static boolean includes(Caller caller) {
    return caller.signedIn()
        && caller.hasAny(Role.FACILITATOR, Role.DISTRICT_MANAGER, Role.PROGRAM_MANAGER, Role.ADMIN);
  }
}
