package org.pathways.credential.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathways.credential.entity.CredentialFacts;
import org.pathways.credential.entity.IssuerProfile;
import org.pathways.credential.entity.StatusEntry;

/**
 * Builds the OpenBadgeCredential of a certificate (Open Badges 3.0 on the VC Data Model 2.0). Its
 * id is a name-based UUID of the certificate's code, so every download of one certificate is the
 * same credential; the holder is an IdentityObject with the salted hash of their email, never the
 * email; the PD hours are a result against a result description of the achievement; the program and
 * phase are an alignment.
 */
public final class OpenBadgeCredentials {

  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  public static final String OB_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  private OpenBadgeCredentials() {}

  /** The credential's stable id: {@code urn:uuid:} named after the certificate's code. */
  public static String id(String code) {
    return "urn:uuid:"
        + UUID.nameUUIDFromBytes(("pathways:certificate:" + code).getBytes(StandardCharsets.UTF_8));
  }

  /** The holder's stable, pseudonymous subject id for this certificate (the JWT's sub). */
  public static String subjectId(CredentialFacts facts) {
    return "urn:uuid:"
        + UUID.nameUUIDFromBytes(
            IdentityHash.of(facts.holderEmail(), facts.identitySalt())
                .getBytes(StandardCharsets.UTF_8));
  }

  /** The credential, without proof: the VC-JWT signs it as its {@code vc} claim. */
  public static Map<String, Object> credential(
      CredentialFacts facts, IssuerProfile issuer, StatusEntry status) {
    String date = date(facts.completedAt());
    Map<String, Object> credential = new LinkedHashMap<>();
    credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
    credential.put("id", id(facts.code()));
    credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
    credential.put("issuer", issuer.toMap(false));
    credential.put("validFrom", date);
    credential.put("awardedDate", date);
    credential.put("name", facts.title());
    credential.put("credentialSubject", subject(facts));
    credential.put("credentialStatus", StatusLists.credentialStatus(status));
    return credential;
  }

  private static Map<String, Object> subject(CredentialFacts facts) {
    Map<String, Object> identity = new LinkedHashMap<>();
    identity.put("type", "IdentityObject");
    identity.put("identityHash", IdentityHash.of(facts.holderEmail(), facts.identitySalt()));
    identity.put("identityType", "emailAddress");
    identity.put("hashed", true);
    identity.put("salt", facts.identitySalt());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("type", List.of("Result"));
    result.put("resultDescription", hoursId(facts));
    result.put("value", facts.hours().stripTrailingZeros().toPlainString());
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", subjectId(facts));
    subject.put("type", List.of("AchievementSubject"));
    subject.put("identifier", List.of(identity));
    subject.put("achievement", achievement(facts));
    subject.put("result", List.of(result));
    return subject;
  }

  private static Map<String, Object> achievement(CredentialFacts facts) {
    Map<String, Object> achievement = new LinkedHashMap<>();
    achievement.put("id", facts.achievementUrl());
    achievement.put("type", List.of("Achievement"));
    achievement.put(
        "achievementType", "COURSE".equals(facts.kind()) ? "Course" : "CertificateOfCompletion");
    achievement.put("name", facts.title());
    achievement.put("description", facts.description());
    achievement.put("criteria", Map.of("narrative", facts.criteria()));
    achievement.put("humanCode", facts.code());
    if (facts.language() != null) {
      achievement.put("inLanguage", facts.language());
    }
    if (facts.programName() != null) {
      Map<String, Object> alignment = new LinkedHashMap<>();
      alignment.put("type", List.of("Alignment"));
      alignment.put("targetName", facts.programName() + " · " + facts.phaseName());
      alignment.put("targetUrl", facts.programUrl());
      alignment.put("targetType", "ext:PathwaysProgramPhase");
      alignment.put("targetCode", facts.programSlug() + "/phase-" + facts.phase());
      achievement.put("alignment", List.of(alignment));
    }
    Map<String, Object> hours = new LinkedHashMap<>();
    hours.put("id", hoursId(facts));
    hours.put("type", List.of("ResultDescription"));
    hours.put("name", facts.hoursName());
    hours.put("resultType", "ext:ProfessionalDevelopmentHours");
    achievement.put("resultDescription", List.of(hours));
    return achievement;
  }

  private static String hoursId(CredentialFacts facts) {
    return facts.achievementUrl() + (facts.achievementUrl().contains("#") ? "-" : "#") + "pd-hours";
  }

  /** An instant as the credential writes it: UTC, whole seconds. */
  public static String date(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
