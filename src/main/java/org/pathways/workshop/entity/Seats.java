package org.pathways.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A workshop's seats: how many, how many are taken, and how many teachers wait. Kept on the
 * workshop's row, which every change locks first, so the last seat is never taken twice.
 */
@Embeddable
public class Seats {

  @Column(nullable = false)
  private int capacity;

  @Column(nullable = false)
  private int registered;

  @Column(nullable = false)
  private int waitlisted;

  protected Seats() {
    // for JPA
  }

  Seats(int capacity) {
    this.capacity = capacity;
  }

  /** A new capacity, never below the teachers registered. */
  void resize(int capacity) {
    if (capacity < registered) {
      throw new IllegalArgumentException(
          "capacity " + capacity + " is below the " + registered + " registered");
    }
    this.capacity = capacity;
  }

  RegistrationStatus takeOrQueue() {
    if (registered < capacity) {
      registered++;
      return RegistrationStatus.REGISTERED;
    }
    waitlisted++;
    return RegistrationStatus.WAITLISTED;
  }

  void release(RegistrationStatus from) {
    if (from == RegistrationStatus.REGISTERED) {
      registered--;
    } else if (from == RegistrationStatus.WAITLISTED) {
      waitlisted--;
    }
  }

  void promoteOne() {
    if (registered >= capacity || waitlisted == 0) {
      throw new IllegalStateException("no free seat or nobody waiting");
    }
    waitlisted--;
    registered++;
  }

  /** How many of the waitlist can move up now. */
  int toFill() {
    return Math.min(waitlisted, Math.max(0, capacity - registered));
  }

  int left() {
    return Math.max(0, capacity - registered);
  }

  int capacity() {
    return capacity;
  }

  int registered() {
    return registered;
  }

  int waitlisted() {
    return waitlisted;
  }
}
