package org.pathways.credential.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.credential.entity.CredentialFacts;
import org.pathways.credential.entity.IssuerProfile;

class OpenBadgeCredentialsTest {

  static final IssuerProfile ISSUER =
      new IssuerProfile(
          "https://pathways.test/api/issuer", "Pathways", "https://pathways.test/", null);

  static CredentialFacts course(String code, String email, String salt) {
    return new CredentialFacts(
        code,
        "COURSE",
        email,
        salt,
        "K-5 online workshop",
        "Computing in the elementary classroom.",
        "Completed every required step of the online course K-5 online workshop.",
        new BigDecimal("12.50"),
        "Professional development hours",
        Instant.parse("2026-11-30T14:15:16.789Z"),
        "https://pathways.test/learning/course.xhtml?slug=k5",
        "elementary",
        "Elementary",
        "https://pathways.test/catalog/index.xhtml#elementary",
        1,
        "Online course",
        "en");
  }

  static Map<String, Object> build(CredentialFacts facts) {
    return OpenBadgeCredentials.credential(
        facts, ISSUER, StatusLists.entry("https://pathways.test/api/issuer/status", 7));
  }

  @Test
  void aCourseCredentialMeetsTheOpenBadgesSchema() {
    String json = JSONObjectUtils.toJSONString(build(course("PW-AAAA-BBBB-CCCC", "a@b.test", "s")));

    assertThat(OpenBadgesSchema.problems(json)).isEmpty();
  }

  @Test
  void theSchemaRefusesACredentialWithoutItsAchievement() {
    Map<String, Object> credential =
        new java.util.LinkedHashMap<>(build(course("PW-AAAA-BBBB-CCCC", "a@b.test", "s")));
    credential.put("credentialSubject", Map.of("type", List.of("AchievementSubject")));

    assertThat(OpenBadgesSchema.problems(JSONObjectUtils.toJSONString(credential))).isNotEmpty();
  }

  @Test
  void theHolderIsASaltedHashNeverThePlainEmail() {
    String json =
        JSONObjectUtils.toJSONString(build(course("PW-AAAA-BBBB-CCCC", "Cora@School.test", "pep")));

    assertThat(json).doesNotContainIgnoringCase("cora@school.test");
    assertThat(json).contains(IdentityHash.of("cora@school.test", "pep"));
    assertThat(IdentityHash.of("Cora@School.test", "pep"))
        .matches("sha256\\$[0-9a-f]{64}")
        .isNotEqualTo(IdentityHash.of("cora@school.test", "salt"));
  }

  @Test
  void theIdIsStablePerCertificateAndDiffersBetweenCertificates() {
    Map<String, Object> once = build(course("PW-AAAA-BBBB-CCCC", "a@b.test", "s"));
    Map<String, Object> again = build(course("PW-AAAA-BBBB-CCCC", "a@b.test", "s"));
    Map<String, Object> other = build(course("PW-AAAA-BBBB-DDDD", "a@b.test", "s"));

    assertThat(once.get("id")).isEqualTo(again.get("id")).isNotEqualTo(other.get("id"));
    assertThat((String) once.get("id")).startsWith("urn:uuid:");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theHoursAreAResultAgainstTheAchievementsResultDescription() {
    Map<String, Object> credential = build(course("PW-AAAA-BBBB-CCCC", "a@b.test", "s"));
    Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
    Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
    Map<String, Object> result = ((List<Map<String, Object>>) subject.get("result")).get(0);
    Map<String, Object> description =
        ((List<Map<String, Object>>) achievement.get("resultDescription")).get(0);
    Map<String, Object> alignment =
        ((List<Map<String, Object>>) achievement.get("alignment")).get(0);

    assertThat(result.get("value")).isEqualTo("12.5");
    assertThat(result.get("resultDescription")).isEqualTo(description.get("id"));
    assertThat(alignment.get("targetCode")).isEqualTo("elementary/phase-1");
    assertThat(alignment.get("targetName")).asString().contains("Elementary", "Online course");
    assertThat(credential.get("validFrom")).isEqualTo("2026-11-30T14:15:16Z");
    assertThat(((Map<String, Object>) credential.get("issuer")).get("id")).isEqualTo(ISSUER.id());
  }

  @Test
  @SuppressWarnings("unchecked")
  void theStatusEntryNamesTheListAndBit() {
    Map<String, Object> status =
        (Map<String, Object>)
            OpenBadgeCredentials.credential(
                    course("PW-AAAA-BBBB-CCCC", "a@b.test", "s"),
                    ISSUER,
                    StatusLists.entry("https://pathways.test/api/issuer/status", 131_073))
                .get("credentialStatus");

    assertThat(status)
        .containsEntry("type", "BitstringStatusListEntry")
        .containsEntry("statusPurpose", "revocation")
        .containsEntry("statusListIndex", "1")
        .containsEntry("statusListCredential", "https://pathways.test/api/issuer/status/2");
  }
}
