package org.pathways.facilitation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pathways.facilitation.control.Supporters;
import org.pathways.identity.boundary.CurrentCaller;

/** The layout's "My cohorts" entry: {@code #{facilitationMenu.shown}}. */
@Named
@RequestScoped
public class FacilitationMenu {

  @Inject CurrentCaller current;

  public boolean isShown() {
    return Supporters.includes(current.get());
  }
}
