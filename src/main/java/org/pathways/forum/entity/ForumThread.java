package org.pathways.forum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A thread of posts in a space, possibly the discussion of one step of a course. */
@Entity
@Table(name = "forum_thread")
public class ForumThread {

  @Id private UUID id;

  @Column(name = "space_key", nullable = false)
  private String spaceKey;

  @Column(nullable = false)
  private String title;

  /** A String: EclipseLink's UUID converter fails on a null uuid column. */
  @Column(name = "author_id", updatable = false)
  private String authorId;

  @Column(name = "step_course", updatable = false)
  private String stepCourse;

  @Column(name = "step_key", updatable = false)
  private String stepKey;

  @Column(nullable = false)
  private boolean pinned;

  @Column(nullable = false)
  private boolean locked;

  @Column(name = "post_count", nullable = false)
  private int postCount;

  @Column(name = "last_post_at", nullable = false)
  private Instant lastPostAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected ForumThread() {
    // for JPA
  }

  public ForumThread(String spaceKey, String title, UUID author, Instant at) {
    this.id = UUID.randomUUID();
    this.spaceKey = spaceKey;
    this.title = title;
    this.authorId = author == null ? null : author.toString();
    this.createdAt = at;
    this.lastPostAt = at;
  }

  /** The next post's number in the thread, counting it. */
  public int nextSeq(Instant at) {
    postCount++;
    lastPostAt = at;
    return postCount;
  }

  public void lock(boolean locked) {
    this.locked = locked;
  }

  public void pin(boolean pinned) {
    this.pinned = pinned;
  }

  public void moveTo(String spaceKey) {
    this.spaceKey = spaceKey;
  }

  public UUID getId() {
    return id;
  }

  public String getSpaceKey() {
    return spaceKey;
  }

  public String getTitle() {
    return title;
  }

  public UUID getAuthorId() {
    return authorId == null ? null : UUID.fromString(authorId);
  }

  public String getStepCourse() {
    return stepCourse;
  }

  public String getStepKey() {
    return stepKey;
  }

  public boolean isPinned() {
    return pinned;
  }

  public boolean isLocked() {
    return locked;
  }

  public int getPostCount() {
    return postCount;
  }

  public Instant getLastPostAt() {
    return lastPostAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
