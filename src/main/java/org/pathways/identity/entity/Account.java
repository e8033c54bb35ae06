package org.pathways.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.pathways.platform.control.Languages;
import org.pathways.platform.control.TimeZones;
import org.pathways.platform.control.UserText;
import org.pathways.platform.entity.Reader;

/** A person's account: who they are, where they teach, their password hash and their roles. */
@Entity
@Table(name = "account")
@NamedQuery(
    name = Account.BY_EMAIL,
    query = "select a from Account a where lower(a.email) = :email")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
@NamedQuery(
    name = Account.SEARCH,
    query =
        "select a from Account a where lower(a.email) like :text or lower(a.name) like :text"
            + " order by a.email")
public class Account {

  public static final String BY_EMAIL = "Account.byEmail";
  public static final String COUNT = "Account.count";
  public static final String SEARCH = "Account.search";

  @Id private UUID id;

  @Column(nullable = false)
  private String email;

  @Column(nullable = false)
  private String name;

  @Column(name = "password_hash")
  private String passwordHash;

  private String school;
  private String district;
  private String state;
  private String zip;

  @Column(name = "grade_band")
  private String gradeBand;

  /** The language they read ({@code en}, {@code es}), or null when they have not chosen. */
  private String language;

  /** Their IANA time zone ({@code America/Chicago}), or null when they have not given it. */
  @Column(name = "time_zone")
  private String timeZone;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  protected Account() {
    // for JPA
  }

  public Account(String email, String name, String passwordHash, Instant at) {
    this.id = UUID.randomUUID();
    this.email = normalize(email);
    this.name = UserText.clean(name).strip();
    this.passwordHash = passwordHash;
    this.createdAt = at;
    this.updatedAt = at;
    this.roles.add(Role.TEACHER);
  }

  public static String normalize(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether a password signs in to this account (one made by another sign-in has none). */
  public boolean hasPassword() {
    return passwordHash != null;
  }

  public void changePassword(String newHash, Instant at) {
    this.passwordHash = newHash;
    this.updatedAt = at;
  }

  public void describe(Profile profile, Instant at) {
    this.name = UserText.clean(profile.name()).strip();
    this.school = blankToNull(profile.school());
    this.district = blankToNull(profile.district());
    this.state = blankToNull(profile.state());
    this.zip = blankToNull(profile.zip());
    this.gradeBand = profile.gradeBand() == null ? null : profile.gradeBand().code();
    this.updatedAt = at;
  }

  /**
   * Keeps the language they read and the time zone they live in; a null leaves that one as it was.
   * The caller checked both ({@code Languages}, {@code TimeZones}). Answers whether anything
   * changed (nothing is written when nothing did).
   */
  public boolean prefer(Locale language, ZoneId zone, Instant at) {
    String nextLanguage = language == null ? this.language : language.getLanguage();
    String nextZone = zone == null ? this.timeZone : TimeZones.name(zone);
    if (java.util.Objects.equals(nextLanguage, this.language)
        && java.util.Objects.equals(nextZone, this.timeZone)) {
      return false;
    }
    this.language = nextLanguage;
    this.timeZone = nextZone;
    this.updatedAt = at;
    return true;
  }

  /** Every account keeps TEACHER, whatever else is assigned. */
  public void assignRoles(Set<Role> assigned, Instant at) {
    Set<Role> next = assigned.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(assigned);
    next.add(Role.TEACHER);
    this.roles.clear();
    this.roles.addAll(next);
    this.updatedAt = at;
  }

  public Caller asCaller() {
    return new Caller(id, name, roles, getLanguage(), getTimeZone());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : UserText.clean(value).strip();
  }

  public UUID getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getName() {
    return name;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getSchool() {
    return school;
  }

  public String getDistrict() {
    return district;
  }

  public String getState() {
    return state;
  }

  public String getZip() {
    return zip;
  }

  /** The grades they teach, or null when they have not said. */
  public GradeBand getGradeBand() {
    return GradeBand.of(gradeBand).orElse(null);
  }

  /** The language they chose, or null. */
  public Locale getLanguage() {
    return Languages.of(language).orElse(null);
  }

  /** Their time zone, or null when they have not given it. */
  public ZoneId getTimeZone() {
    return TimeZones.of(timeZone).orElse(null);
  }

  /**
   * How mails and documents for them are written: their language (English when they never chose)
   * and their time zone (UTC, said so, when they never gave one).
   */
  public Reader reader() {
    return new Reader(getLanguage(), getTimeZone());
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  /** What a teacher may change about themselves; {@code gradeBand} may be null (not said). */
  public record Profile(
      String name, String school, String district, String state, String zip, GradeBand gradeBand) {}
}
