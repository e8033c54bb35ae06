package org.pathways.district.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Role;

/** A school district that partners with the program, with the accounts that manage it. */
@Entity
@Table(name = "district")
@NamedQuery(name = District.ALL, query = "select d from District d order by d.state, d.name")
@NamedQuery(
    name = District.BY_NAME,
    query = "select d from District d where lower(d.name) = :name and d.state = :state")
public class District {

  public static final String ALL = "District.all";
  public static final String BY_NAME = "District.byName";

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  /** The two-letter postal code of its state. */
  @Column(nullable = false)
  private String state;

  /** A String: EclipseLink's UUID converter fails on a null uuid column. */
  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ElementCollection
  @CollectionTable(name = "district_manager", joinColumns = @JoinColumn(name = "district_id"))
  @Column(name = "account_id")
  private Set<UUID> managers = new HashSet<>();

  protected District() {
    // for JPA
  }

  public District(String name, String state, UUID createdBy, Instant at) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.state = state;
    this.createdBy = createdBy == null ? null : createdBy.toString();
    this.createdAt = at;
  }

  /**
   * Whether the caller manages this district: listed (through an accepted invitation) and still
   * holding the DISTRICT_MANAGER role.
   */
  public boolean managedBy(Caller caller) {
    return caller.signedIn() && caller.has(Role.DISTRICT_MANAGER) && managers.contains(caller.id());
  }

  /** A manager who accepted their invitation to this district. */
  public void addManager(UUID account) {
    managers.add(account);
  }

  /** Only these of the present managers stay; the others lose the district at once. */
  public void keepManagers(Set<UUID> kept) {
    managers.retainAll(kept);
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getState() {
    return state;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<UUID> getManagers() {
    return Set.copyOf(managers);
  }

  @Override
  public String toString() {
    return "district " + id;
  }
}
