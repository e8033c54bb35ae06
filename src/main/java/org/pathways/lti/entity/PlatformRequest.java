package org.pathways.lti.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator sends to register an LMS. A class with public fields, as the other API
 * bodies; {@link org.pathways.lti.control.PlatformRegistration} says what is valid.
 */
public class PlatformRequest {

  public String issuer;
  public String clientId;
  public List<String> deploymentIds = new ArrayList<>();
  public String authLoginUrl;
  public String authTokenUrl;
  public String jwksUrl;
}
