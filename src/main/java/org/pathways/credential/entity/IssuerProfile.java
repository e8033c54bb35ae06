package org.pathways.credential.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Open Badges 3.0 issuer Profile: {@code id} is the address that serves this profile. */
public record IssuerProfile(String id, String name, String url, String email) {

  /** As JSON-LD (the {@code @context} only where the profile stands alone). */
  public Map<String, Object> toMap(boolean standalone) {
    Map<String, Object> profile = new LinkedHashMap<>();
    if (standalone) {
      profile.put(
          "@context",
          List.of(
              "https://www.w3.org/ns/credentials/v2",
              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
    }
    profile.put("id", id);
    profile.put("type", List.of("Profile"));
    profile.put("name", name);
    profile.put("url", url);
    if (email != null && !email.isBlank()) {
      profile.put("email", email);
    }
    return profile;
  }
}
