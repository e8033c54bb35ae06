package org.pathways.reflection.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.K5;
import static org.pathways.testing.ShippedContent.MS;
import static org.pathways.testing.ShippedContent.firstReflection;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Step;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;

/** Every call of the Reflections table and the reflection parts of the Cohorts table. */
class ReflectionsIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered());
  }

  private String enrol(Api.Person teacher, String course, String code) {
    var enrolled =
        api.call(
            "POST",
            "/api/enrollments",
            code == null
                ? Api.object("course", course)
                : Api.object("course", course, "code", code),
            teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return enrolled.text("id");
  }

  private Api.Answer draft(
      Api.Person teacher, String enrollment, String step, String text, Integer revision) {
    return api.call(
        "PUT",
        "/api/enrollments/" + enrollment + "/reflections/" + step + "/draft",
        revision == null
            ? Api.object("text", text)
            : Api.object("text", text, "revision", revision),
        teacher.token());
  }

  private Api.Answer submit(
      Api.Person teacher,
      String enrollment,
      String step,
      String text,
      String visibility,
      String key) {
    return api.call(
        "POST",
        "/api/enrollments/" + enrollment + "/reflections/" + step + "/submissions",
        Api.object("text", text, "visibility", visibility),
        teacher.token(),
        "Idempotency-Key",
        key);
  }

  private static String words(int count) {
    return "word ".repeat(count).strip();
  }

  @Test
  void aDraftIsSavedWithRevisionsAndAStaleCopyGets409WithTheServersText() {
    Api.Person teacher = api.signUp("Dee Draft");
    String enrollment = enrol(teacher, K5, null);
    String step = firstReflection(K5).key();

    var first = draft(teacher, enrollment, step, "First thoughts", 0);
    var second = draft(teacher, enrollment, step, "First thoughts, longer", 1);
    var stale = draft(teacher, enrollment, step, "From the old tab", 1);
    var again = draft(teacher, enrollment, step, "First thoughts, longer", 1);

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().getInt("revision")).isEqualTo(1);
    assertThat(second.json().getInt("revision")).isEqualTo(2);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().getString("detail"))
        .isEqualTo(
            "This reflection was saved from another tab or device after you opened it. Both"
                + " versions are kept: compare them and choose.");
    assertThat(stale.json().getJsonObject("draft").getString("text"))
        .isEqualTo("First thoughts, longer");
    assertThat(again.status()).as("the same text again changes nothing").isEqualTo(200);
    assertThat(again.json().getInt("revision")).isEqualTo(2);

    // Another device finds the draft exactly as left.
    String token = api.token(teacher.email(), teacher.password());
    JsonObject prompt =
        promptOf(api.get("/api/enrollments/" + enrollment + "/reflections", token), step);
    assertThat(prompt.getJsonObject("draft").getString("text")).isEqualTo("First thoughts, longer");
    assertThat(prompt.getJsonObject("draft").getInt("revision")).isEqualTo(2);
  }

  private static JsonObject promptOf(Api.Answer answer, String step) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.array().getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("stepKey").equals(step))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSubmissionNeedsTheMinimumIsIdempotentPerKeyAndKeepsEveryVersion() {
    Api.Person teacher = api.signUp("Sam Submit");
    String enrollment = enrol(teacher, K5, null);
    Step step = firstReflection(K5);
    int min = step.details(org.pathways.content.entity.StepDetails.Reflection.class).minWords();

    var tooShort = submit(teacher, enrollment, step.key(), words(min - 1), "PRIVATE", "k0");
    var once = submit(teacher, enrollment, step.key(), words(min), "PRIVATE", "k1");
    var retried = submit(teacher, enrollment, step.key(), words(min), "PRIVATE", "k1");
    var edited = submit(teacher, enrollment, step.key(), words(min + 10), "PRIVATE", "k2");

    assertThat(tooShort.status()).isEqualTo(422);
    assertThat(tooShort.body()).contains("at least " + min + " words", "written " + (min - 1));
    assertThat(once.status()).as(once.body()).isEqualTo(201);
    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.json().getInt("version")).isEqualTo(1);
    assertThat(edited.json().getInt("version")).isEqualTo(2);
    JsonObject prompt =
        promptOf(
            api.get("/api/enrollments/" + enrollment + "/reflections", teacher.token()),
            step.key());
    assertThat(prompt.getJsonArray("submissions")).hasSize(2);
    JsonObject progress = api.get("/api/enrollments/" + enrollment, teacher.token()).json();
    assertThat(
            progress
                .getJsonArray("modules")
                .getJsonObject(0)
                .getJsonArray("steps")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("key").equals(step.key()))
                .findFirst()
                .orElseThrow()
                .getString("state"))
        .as("submitting completes the step")
        .isEqualTo("COMPLETED");
  }

  @Test
  void endlessVersionsOfOneReflectionStopAtTheLimitAndLoseNothingKept() {
    Api.Person teacher = api.signUp("Vic Versions");
    String enrollment = enrol(teacher, K5, null);
    Step step = firstReflection(K5);
    int min = step.details(org.pathways.content.entity.StepDetails.Reflection.class).minWords();
    for (int version = 1; version <= 100; version++) {
      assertThat(submit(teacher, enrollment, step.key(), words(min), "PRIVATE", "v" + version))
          .extracting(Api.Answer::status)
          .isEqualTo(201);
    }

    var hundredAndFirst =
        submit(teacher, enrollment, step.key(), words(min) + " one more", "PRIVATE", "v101");

    assertThat(hundredAndFirst.status()).isEqualTo(409);
    assertThat(hundredAndFirst.text("detail"))
        .contains("submitted this reflection 100 times", "earlier versions and your draft");
    JsonObject prompt =
        promptOf(
            api.get("/api/enrollments/" + enrollment + "/reflections", teacher.token()),
            step.key());
    assertThat(prompt.getJsonArray("submissions")).hasSize(100);
    assertThat(prompt.getJsonObject("draft").getString("text")).isEqualTo(words(min));
  }

  @Test
  void aHugePasteGetsAClearLimitAndLosesNothingSaved() {
    Api.Person teacher = api.signUp("Pat Paste");
    String enrollment = enrol(teacher, K5, null);
    String step = firstReflection(K5).key();
    draft(teacher, enrollment, step, "What I had before", 0);

    var tooManyWords = draft(teacher, enrollment, step, words(25_000), 1);
    var tooBig = draft(teacher, enrollment, step, words(100_000), 1);

    assertThat(tooManyWords.status()).isEqualTo(400);
    assertThat(tooManyWords.body())
        .contains("longer than 20000 words", "Nothing you saved before is lost");
    assertThat(tooBig.status()).isEqualTo(413);
    assertThat(tooBig.header("Content-Type")).startsWith("application/problem+json");
    JsonObject prompt =
        promptOf(api.get("/api/enrollments/" + enrollment + "/reflections", teacher.token()), step);
    assertThat(prompt.getJsonObject("draft").getString("text")).isEqualTo("What I had before");
  }

  @Test
  void eachSubmissionIsReadOnlyByThoseItsVisibilityAllowsAndEveryOtherReadIsAudited()
      throws Exception {
    Api.Person facilitator = api.signUp("Fern Facilitator");
    String admin = api.token(ADMIN, ADMIN_PASSWORD);
    var cohort =
        api.call(
            "POST",
            "/api/cohorts",
            Api.object(
                "name",
                "Spring",
                "district",
                "Boulder Valley",
                "course",
                MS,
                "facilitators",
                jakarta.json.Json.createArrayBuilder().add(facilitator.email()).build()),
            admin);
    assertThat(cohort.status()).as(cohort.body()).isEqualTo(201);
    org.pathways.testing.MailedLinks.acceptInvitation(database.dataSource(), api, facilitator);
    String code = cohort.text("code");
    String cohortId = cohort.text("id");
    Api.Person author = api.signUp("Ana Author");
    Api.Person colleague = api.signUp("Cole Colleague");
    Api.Person outsider = api.signUp("Oz Outsider");
    String enrollment = enrol(author, MS, code);
    enrol(colleague, MS, code);
    enrol(
        outsider,
        MS,
        api.call(
                "POST",
                "/api/cohorts",
                Api.object("name", "Other", "district", "Elsewhere", "course", MS),
                admin)
            .text("code"));
    String facilitatorToken = api.token(facilitator.email(), facilitator.password());
    Step step = firstReflection(MS);
    int min = step.details(org.pathways.content.entity.StepDetails.Reflection.class).minWords();
    String reflections = "/api/enrollments/" + enrollment + "/reflections";
    var submitted =
        submit(author, enrollment, step.key(), "My student Jamie " + words(min), "PRIVATE", "v1");
    String submission = submitted.text("id");

    assertThat(api.get(reflections, facilitatorToken).status()).isEqualTo(404);
    assertThat(api.get(reflections, colleague.token()).status()).isEqualTo(404);
    assertThat(api.get(reflections, outsider.token()).status()).isEqualTo(404);
    assertThat(api.get(reflections, admin).status()).as("not even administrators").isEqualTo(404);
    assertThat(
            api.get("/api/cohorts/" + cohortId + "/reflections", facilitatorToken)
                .json()
                .getInt("total"))
        .isZero();
    assertThat(feedback(facilitatorToken, submission).status()).isEqualTo(404);
    assertThat(api.get(reflections + "/journal", facilitatorToken).status()).isEqualTo(404);

    setVisibility(author, enrollment, step.key(), "FACILITATORS");
    var read = api.get(reflections, facilitatorToken);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body()).contains("My student Jamie").doesNotContain("\"draft\":{");
    assertThat(api.get(reflections, colleague.token()).status()).isEqualTo(404);
    assertThat(audited(submission, "reflection.read")).isPositive();
    assertThat(
            api.get("/api/cohorts/" + cohortId + "/reflections?unreviewed=true", facilitatorToken)
                .json()
                .getInt("total"))
        .isEqualTo(1);
    assertThat(feedback(colleague.token(), submission).status()).isEqualTo(404);
    var given = feedback(facilitatorToken, submission);
    assertThat(given.status()).as(given.body()).isEqualTo(201);
    assertThat(
            api.get("/api/cohorts/" + cohortId + "/reflections?unreviewed=true", facilitatorToken)
                .json()
                .getInt("total"))
        .isZero();
    assertThat(api.get(reflections, author.token()).body()).contains("Try this with your class");

    setVisibility(author, enrollment, step.key(), "COHORT");
    assertThat(api.get(reflections, colleague.token()).status()).isEqualTo(200);
    assertThat(
            api.get("/api/cohorts/" + cohortId + "/reflections", colleague.token())
                .json()
                .getInt("total"))
        .isEqualTo(1);
    assertThat(feedback(colleague.token(), submission).status())
        .as("teachers do not give feedback")
        .isEqualTo(403);
    assertThat(api.get(reflections, outsider.token()).status()).isEqualTo(404);
    assertThat(api.get("/api/cohorts/" + cohortId + "/reflections", outsider.token()).status())
        .isEqualTo(404);
    assertThat(api.get(reflections, null).status()).isEqualTo(401);

    // Writing is the author's alone, through every endpoint.
    for (Api.Person other : java.util.List.of(colleague, outsider)) {
      assertThat(draft(other, enrollment, step.key(), "mine now", 99).status()).isEqualTo(404);
      assertThat(submit(other, enrollment, step.key(), words(min), "COHORT", "o1").status())
          .isEqualTo(404);
      assertThat(
              api.call(
                      "PUT",
                      reflections + "/" + step.key() + "/visibility",
                      Api.object("visibility", "PRIVATE"),
                      other.token())
                  .status())
          .isEqualTo(404);
      assertThat(api.get(reflections + "/journal", other.token()).status()).isEqualTo(404);
    }

    // A new version submitted as private takes the earlier ones back from the cohort.
    submit(author, enrollment, step.key(), "Second thoughts " + words(min), "PRIVATE", "v2");
    assertThat(api.get(reflections, colleague.token()).status()).isEqualTo(404);
    assertThat(api.get(reflections, facilitatorToken).status()).isEqualTo(404);
  }

  private Api.Answer feedback(String token, String submission) {
    return api.call(
        "POST",
        "/api/reflections/" + submission + "/feedback",
        Api.object("text", "Try this with your class next week."),
        token);
  }

  private void setVisibility(Api.Person author, String enrollment, String step, String visibility) {
    var changed =
        api.call(
            "PUT",
            "/api/enrollments/" + enrollment + "/reflections/" + step + "/visibility",
            Api.object("visibility", visibility),
            author.token());
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
  }

  private static int audited(String subject, String action) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select count(*) from audit_log where subject_id = ? and action = ?")) {
      query.setString(1, subject);
      query.setString(2, action);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  @Test
  void scriptsHandlersAndDangerousLinksInAReflectionComeOutHarmless() {
    Api.Person teacher = api.signUp("Xavier Xss");
    String enrollment = enrol(teacher, K5, null);
    Step step = firstReflection(K5);
    int min = step.details(org.pathways.content.entity.StepDetails.Reflection.class).minWords();
    String attack =
        "<script>alert(1)</script> <img src=x onerror=alert(2)> <svg onload=alert(3)></svg>"
            + " [click](javascript:alert(4)) [data](data:text/html,<script>alert(5)</script>)"
            + " <a href=\"https://example.org\" onclick=\"alert(6)\">x</a> <b style=\"x\" \" broken"
            + "\n\n[fine](https://example.org/page)\n\n"
            + words(min);
    assertThat(submit(teacher, enrollment, step.key(), attack, "PRIVATE", "x1").status())
        .isEqualTo(201);

    JsonObject prompt =
        promptOf(
            api.get("/api/enrollments/" + enrollment + "/reflections", teacher.token()),
            step.key());
    String html = prompt.getJsonArray("submissions").getJsonObject(0).getString("html");
    // Everything dangerous is shown as text (escaped), never as markup or an attribute.
    assertThat(html.toLowerCase())
        .doesNotContain("<script", "<img", "<svg", "href=\"javascript", "href=\"data", "style=")
        .doesNotContainPattern("<[^>]*\\son[a-z]+=");
    assertThat(html)
        .contains("href=\"https://example.org/page\"")
        .containsPattern("rel=\"(?=[^\"]*nofollow)(?=[^\"]*ugc)(?=[^\"]*noopener)[^\"]*\"");

    var markdown =
        api.call(
            "GET",
            "/api/enrollments/" + enrollment + "/reflections/journal",
            null,
            teacher.token(),
            "Accept",
            "text/markdown");
    assertThat(markdown.status()).isEqualTo(200);
    assertThat(markdown.body()).contains(step.title(), "\\<script>").doesNotContain(" <script>");
    var pdf =
        api.call(
            "GET",
            "/api/enrollments/" + enrollment + "/reflections/journal",
            null,
            teacher.token(),
            "Accept",
            "application/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF-");
    var journal =
        org.pathways.testing.Http.bytes(
            java.net.http.HttpRequest.newBuilder(
                    org.pathways.testing.Http.serverRoot(
                        base, "/api/enrollments/" + enrollment + "/reflections/journal"))
                .header("Authorization", "Bearer " + teacher.token())
                .header("Accept", "application/pdf")
                .build());
    assertThat(journal.statusCode()).isEqualTo(200);
    org.pathways.testing.PdfUa.assertTagged("the downloaded reflection journal", journal.body());
  }
}
