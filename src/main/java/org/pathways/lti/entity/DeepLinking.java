package org.pathways.lti.entity;

import java.io.Serializable;

/**
 * A deep linking request the session is answering: who asked (the platform's issuer and our client
 * id there, its deployment), where the choice goes back, and the platform's data to echo. Kept in
 * the session of the launch until a course is chosen.
 */
public record DeepLinking(
    String issuer, String clientId, String deploymentId, String returnUrl, String data)
    implements Serializable {

  /** The session attribute that holds it. */
  public static final String SESSION_KEY = "pathways.lti.deepLinking";
}
