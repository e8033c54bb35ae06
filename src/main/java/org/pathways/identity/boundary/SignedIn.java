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

  public boolean isAdministrator() {
    return authorization.administers(current.get());
  }
}
