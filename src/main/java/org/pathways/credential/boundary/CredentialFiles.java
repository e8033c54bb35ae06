package org.pathways.credential.boundary;

/** What a downloaded credential's file is called. */
final class CredentialFiles {

  private CredentialFiles() {}

  /** An attachment named after the certificate's code (letters, digits and dashes only). */
  static String disposition(String code, boolean json) {
    return "attachment; filename=\"pathways-"
        + code.replaceAll("[^A-Za-z0-9-]", "")
        + (json ? ".json" : ".jwt")
        + "\"";
  }
}
