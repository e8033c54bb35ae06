package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Role;

/** The signed-in person as the layout shows them: {@code #{me.signedIn}}, {@code #{me.name}}. */
@Named("me")
@RequestScoped
public class SignedIn {

  @Inject CurrentCaller current;

  public boolean isSignedIn() {
    return current.get().signedIn();
  }

  public String getName() {
    return current.get().name();
  }

  public boolean isContentAdministrator() {
    return current.get().hasAny(Role.CONTENT_ADMIN, Role.ADMIN);
  }

  public boolean isProgramManager() {
    return current.get().hasAny(Role.PROGRAM_MANAGER, Role.ADMIN);
  }

  public boolean isAdministrator() {
    Caller caller = current.get();
    return caller.has(Role.ADMIN);
  }
}
