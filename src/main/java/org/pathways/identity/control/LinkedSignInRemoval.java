package org.pathways.identity.control;

/**
 * Whether a teacher may remove a way in: a sign-in with another account only while the account
 * keeps its password or another linked sign-in; the password only while a linked sign-in stays.
 */
public final class LinkedSignInRemoval {

  private LinkedSignInRemoval() {}

  public static boolean allowed(boolean hasPassword, int linkedSignIns) {
    return hasPassword || linkedSignIns > 1;
  }

  /** Whether the password may go: another way in (a linked sign-in) stays. */
  public static boolean passwordMayGo(int linkedSignIns) {
    return linkedSignIns > 0;
  }
}
