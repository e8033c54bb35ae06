package org.pathways.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where an in-person workshop is held: the venue's name, its street address, city, state, ZIP and
 * coordinates. Kept on the workshop's row; an online-only workshop has none.
 */
@Embeddable
public class Venue {

  @Column(name = "venue")
  private String name;

  private String address;
  private String city;
  private String state;
  private String zip;
  private Double lat;
  private Double lon;

  protected Venue() {
    // for JPA
  }

  Venue(WorkshopPlan.Venue plan) {
    this.name = plan.name();
    this.address = plan.address();
    this.city = plan.city();
    this.state = plan.state();
    this.zip = plan.zip();
    this.lat = plan.lat();
    this.lon = plan.lon();
  }

  /** The venue of a plan, or none for an online-only workshop. */
  static Venue of(WorkshopPlan.Venue plan) {
    return plan == null ? null : new Venue(plan);
  }

  /** Whether it can be put on a map. */
  public boolean located() {
    return lat != null && lon != null;
  }

  /** The venue on one line, as calendars show it: "Hall, 1 Main St, Denver, CO 80202". */
  public String line() {
    StringBuilder text = new StringBuilder(name);
    if (address != null) {
      text.append(", ").append(address);
    }
    return text.append(", ")
        .append(city)
        .append(", ")
        .append(state)
        .append(' ')
        .append(zip)
        .toString();
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getCity() {
    return city;
  }

  public String getState() {
    return state;
  }

  public String getZip() {
    return zip;
  }

  public Double getLat() {
    return lat;
  }

  public Double getLon() {
    return lon;
  }
}
