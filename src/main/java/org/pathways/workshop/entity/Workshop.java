package org.pathways.workshop.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.pathways.identity.entity.Caller;

/**
 * A workshop of one phase of a program: its sessions, where it is held (a venue, an online meeting,
 * or both), its seats and waitlist, who facilitates it and when registration is open.
 *
 * <p>The counts of registered and waitlisted teachers live on this row. Every registration change
 * locks the row first, so two teachers can never take the last seat together.
 */
@Entity
@Table(name = "workshop")
public class Workshop {

  @Id private UUID id;

  @Column(nullable = false)
  private String title;

  @Column(name = "program_slug", nullable = false)
  private String programSlug;

  @Column(nullable = false)
  private int phase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WorkshopKind kind;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Embedded private Venue venue;

  @Column(name = "meeting_url")
  private String meetingUrl;

  @Column(name = "registration_opens")
  private Instant registrationOpens;

  @Column(name = "registration_closes")
  private Instant registrationCloses;

  @Column(name = "prerequisite_percent")
  private Integer prerequisitePercent;

  @Column(name = "first_start", nullable = false)
  private Instant firstStart;

  @Column(name = "last_end", nullable = false)
  private Instant lastEnd;

  @Embedded private Seats seats = new Seats(0);

  @Column(nullable = false, updatable = false)
  private boolean demo;

  /** A String: EclipseLink's UUID converter fails on a null uuid column. */
  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "workshop", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<WorkshopSession> sessions = new ArrayList<>();

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "workshop_facilitator", joinColumns = @JoinColumn(name = "workshop_id"))
  @Column(name = "account_id")
  private Set<UUID> facilitators = new HashSet<>();

  /** The partner district it was organised for, if any (a String: a null uuid column). */
  @Column(name = "district_id")
  private String districtId;

  protected Workshop() {
    // for JPA
  }

  /** The partner district it belongs to, or none. */
  public void belongTo(UUID district) {
    this.districtId = district == null ? null : district.toString();
  }

  public UUID getDistrictId() {
    return districtId == null ? null : UUID.fromString(districtId);
  }

  public Workshop(WorkshopPlan plan, UUID createdBy, boolean demo, Instant at) {
    this.id = UUID.randomUUID();
    this.createdBy = createdBy == null ? null : createdBy.toString();
    this.createdAt = at;
    this.demo = demo;
    apply(plan, at);
  }

  /**
   * Changes the workshop to the plan. Sessions are matched by position, so a rescheduled session
   * keeps its attendance code and attendance. Capacity may not drop below the teachers registered;
   * the caller moves the waitlist up when it grows (see {@link #seatsToFill()}).
   */
  public void change(WorkshopPlan plan, Instant at) {
    seats.resize(plan.capacity());
    apply(plan, at);
  }

  private void apply(WorkshopPlan plan, Instant at) {
    this.title = plan.title();
    this.programSlug = plan.program();
    this.phase = plan.phase();
    this.kind = plan.kind();
    seats.resize(plan.capacity());
    this.timeZone = plan.timeZone().getId();
    this.venue = Venue.of(plan.venue());
    this.meetingUrl = plan.meetingUrl();
    this.registrationOpens = plan.registrationOpens();
    this.registrationCloses = plan.registrationCloses();
    this.prerequisitePercent = plan.prerequisitePercent();
    List<WorkshopPlan.Span> spans = WorkshopSession.schedule(this, sessions, plan.sessions());
    this.firstStart = spans.get(0).start();
    this.lastEnd = spans.stream().map(WorkshopPlan.Span::end).max(Instant::compareTo).orElseThrow();
    this.updatedAt = at;
  }

  /** When teachers may register. */
  public RegistrationWindow registration() {
    return new RegistrationWindow(registrationOpens, registrationCloses, firstStart);
  }

  RegistrationStatus takeSeatOrQueue() {
    return seats.takeOrQueue();
  }

  void release(RegistrationStatus from) {
    seats.release(from);
  }

  void promoteOne() {
    seats.promoteOne();
  }

  /** How many of the waitlist can move up now. */
  public int seatsToFill() {
    return seats.toFill();
  }

  public int seatsLeft() {
    return seats.left();
  }

  /**
   * Whether the caller facilitates this workshop: listed here (through an accepted invitation) and
   * still holding the FACILITATOR role.
   */
  public boolean facilitatedBy(Caller caller) {
    return caller.facilitatorIn(facilitators);
  }

  /** A facilitator who accepted their invitation to this workshop. */
  public void addFacilitator(UUID account) {
    facilitators.add(account);
  }

  /** Only these of the present facilitators stay; the others lose every right to the workshop. */
  public void keepFacilitators(Set<UUID> kept) {
    facilitators.retainAll(kept);
  }

  public boolean online() {
    return meetingUrl != null;
  }

  public boolean located() {
    return venue != null && venue.located();
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public Optional<WorkshopSession> session(UUID sessionId) {
    return sessions.stream().filter(s -> s.getId().equals(sessionId)).findFirst();
  }

  public UUID getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getProgramSlug() {
    return programSlug;
  }

  public int getPhase() {
    return phase;
  }

  public WorkshopKind getKind() {
    return kind;
  }

  public int getCapacity() {
    return seats.capacity();
  }

  public String getTimeZone() {
    return timeZone;
  }

  /** Where it is held in person; null for an online-only workshop. */
  public Venue getVenue() {
    return venue;
  }

  public String getMeetingUrl() {
    return meetingUrl;
  }

  public Instant getRegistrationOpens() {
    return registrationOpens;
  }

  public Instant getRegistrationCloses() {
    return registrationCloses;
  }

  public Integer getPrerequisitePercent() {
    return prerequisitePercent;
  }

  public Instant getFirstStart() {
    return firstStart;
  }

  public Instant getLastEnd() {
    return lastEnd;
  }

  public int getRegistered() {
    return seats.registered();
  }

  public int getWaitlisted() {
    return seats.waitlisted();
  }

  public boolean isDemo() {
    return demo;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The sessions in order (a fetch join may have loaded them in any order). */
  public List<WorkshopSession> getSessions() {
    return sessions.stream()
        .sorted(java.util.Comparator.comparingInt(WorkshopSession::getPosition))
        .toList();
  }

  public Set<UUID> getFacilitators() {
    return Collections.unmodifiableSet(facilitators);
  }
}
