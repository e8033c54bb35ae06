package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in person as the layout shows them: {@code #{me.signedIn}}, {@code #{me.name}}. */
@Named("me")
@RequestScoped
public class SignedIn {

  @Inject CurrentCaller current;
  @Inject Authorization authorization;

  public boolean isSignedIn() {
    return current.get().signedIn();
  }

  public String getName() {
    return current.get().name();
  }

  public boolean isContentAdministrator() {
    return authorization.managesContent(current.get());
  }

  public boolean isProgramManager() {
    return authorization.organises(current.get());
  }

  /** Holds the DISTRICT_MANAGER role (which districts, the district feature says). */
  public boolean isDistrictManager() {
    return current.get().has(org.pathways.identity.entity.Role.DISTRICT_MANAGER);
  }

  public boolean isAdministrator() {
    return authorization.administers(current.get());
  }
}
