package org.pathways.identity.control;

/**
 * Whether a teacher may remove a sign-in with another account: only while the account keeps a way
 * in, its password or another linked sign-in.
 */
public final class LinkedSignInRemoval {

  private LinkedSignInRemoval() {}

  public static boolean allowed(boolean hasPassword, int linkedSignIns) {
    return hasPassword || linkedSignIns > 1;
  }
}
