package org.pathways.forum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One post: its Markdown as written (rendered and sanitized on output), when it was edited, and
 * whether its author deleted it or a moderator hid it. Neither removes the row: the thread keeps
 * its numbering and a moderator can restore a hidden post.
 */
@Entity
@Table(name = "forum_post")
public class ForumPost {

  @Id private UUID id;

  @Column(name = "thread_id", nullable = false, updatable = false)
  private UUID threadId;

  @Column(nullable = false, updatable = false)
  private int seq;

  /** Strings: EclipseLink's UUID converter fails on a null uuid column. */
  @Column(name = "author_id", updatable = false)
  private String authorId;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "hidden_at")
  private Instant hiddenAt;

  @Column(name = "hidden_by")
  private String hiddenBy;

  protected ForumPost() {
    // for JPA
  }

  public ForumPost(UUID threadId, int seq, UUID author, String body, Instant at) {
    this.id = UUID.randomUUID();
    this.threadId = threadId;
    this.seq = seq;
    this.authorId = author.toString();
    this.body = body;
    this.createdAt = at;
  }

  /** Replaces the text; returns the earlier one for the history, or null when nothing changed. */
  public String edit(String newBody, Instant at) {
    if (newBody.equals(body)) {
      return null;
    }
    String before = body;
    this.body = newBody;
    this.editedAt = at;
    return before;
  }

  public void delete(Instant at) {
    if (deletedAt == null) {
      deletedAt = at;
    }
  }

  public void hide(UUID moderator, Instant at) {
    hiddenAt = at;
    hiddenBy = moderator.toString();
  }

  public void restore() {
    hiddenAt = null;
    hiddenBy = null;
  }

  public boolean writtenBy(UUID account) {
    return account != null && account.toString().equals(authorId);
  }

  /** Shown to readers: not deleted by its author, not hidden by a moderator. */
  public boolean visible() {
    return deletedAt == null && hiddenAt == null;
  }

  public UUID getId() {
    return id;
  }

  public UUID getThreadId() {
    return threadId;
  }

  public int getSeq() {
    return seq;
  }

  public UUID getAuthorId() {
    return authorId == null ? null : UUID.fromString(authorId);
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEditedAt() {
    return editedAt;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }

  public Instant getHiddenAt() {
    return hiddenAt;
  }
}
