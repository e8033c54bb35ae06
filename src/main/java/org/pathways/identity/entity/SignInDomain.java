package org.pathways.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An email domain whose owners sign in through a district's provider, not with a password (see
 * {@code RequiredSignIn}).
 */
@Entity
@Table(name = "sign_in_domain")
@NamedQuery(
    name = SignInDomain.OF_DISTRICT,
    query = "select d from SignInDomain d where d.districtId = :district order by d.domain")
@NamedQuery(
    name = SignInDomain.CLEAR_DISTRICT,
    query = "delete from SignInDomain d where d.districtId = :district")
public class SignInDomain {

  public static final String OF_DISTRICT = "SignInDomain.ofDistrict";
  public static final String CLEAR_DISTRICT = "SignInDomain.clearDistrict";

  @Id private String domain;

  @Column(name = "district_id", nullable = false)
  private UUID districtId;

  @Column(nullable = false)
  private String provider;

  /** A String: EclipseLink's UUID converter fails on a null uuid column. */
  @Column(name = "set_by")
  private String setBy;

  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  protected SignInDomain() {
    // for JPA
  }

  public SignInDomain(String domain, UUID districtId, String provider, UUID setBy, Instant at) {
    this.domain = domain;
    this.districtId = districtId;
    this.provider = provider;
    this.setBy = setBy == null ? null : setBy.toString();
    this.setAt = at;
  }

  public String getDomain() {
    return domain;
  }

  public UUID getDistrictId() {
    return districtId;
  }

  public String getProvider() {
    return provider;
  }
}
