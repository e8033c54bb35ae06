package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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

  /**
   * The signed-in account's id, empty for visitors: the offline script keeps its queue and caches
   * under it, so that nothing kept for one account is ever sent or shown for another.
   */
  public String getId() {
    return current.get().signedIn() ? current.get().id().toString() : "";
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

  /** Signed in without a time zone in their profile: the layout asks for it, once. */
  public boolean isTimeZoneUnknown() {
    return current.get().signedIn() && current.get().timeZone() == null;
  }

  /**
   * The zones the layout's question offers, named in the page's language, UTC first (what stays
   * chosen when the page's script does not choose the browser's).
   */
  public List<SelectItem> zoneChoices(Locale reader) {
    List<SelectItem> zones = new ArrayList<>(ProfileForm.zoneChoices(reader, null));
    zones.sort(Comparator.comparing(zone -> !"UTC".equals(zone.getValue())));
    return zones;
  }

  public boolean isAdministrator() {
    return authorization.administers(current.get());
  }
}
