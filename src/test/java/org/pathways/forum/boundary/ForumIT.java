package org.pathways.forum.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.platform.local.EmbeddedDatabase;
import org.pathways.testing.Api;
import org.pathways.testing.Deployments;
import org.pathways.testing.Http;
import org.pathways.testing.MailedLinks;
import org.pathways.testing.PageSession;
import org.pathways.testing.ShippedContent;
import org.pathways.testing.TestDatabases;

/**
 * Every call of the Forum table of the API contract: spaces, threads, posts, quoting, editing with
 * history, deleting, the cohort-privacy matrix, flooding, search, follows, notifications and
 * digests, reports and moderation, a step's discussion, and paging a large space and thread.
 */
@ExtendWith(ArquillianExtension.class)
class ForumIT {

  private static final String ADMIN = "admin@pathways.test";
  private static final String ADMIN_PASSWORD = "a long admin passphrase";
  private static final String MS = "ms-phase-1-cs-in-math-science";
  private static final String HS = "hs-phase-1-foundations";

  /** Stored XSS attempts, in titles, bodies and names. */
  static final List<String> XSS =
      List.of(
          "<script>alert('x')</script>",
          "<img src=x onerror=alert(1)>",
          "[click](javascript:alert(1))",
          "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
          "<svg onload=alert(1)><circle r=1/></svg>",
          "<a href=\"https://ok.example\" style=\"background:url(javascript:alert(1))\">styled</a>",
          "<div style=\"position:fixed;top:0\">overlay</div>",
          "<a href='x' onclick=\"alert(1)\"",
          "\"><script>alert(2)</script>",
          "<iframe src=\"https://evil.example\"></iframe>",
          "<p onmouseover=alert(3)>hover</p>",
          "![img](javascript:alert(4))");

  private static EmbeddedDatabase database;
  private static String cohortCode;
  private static String cohortId;

  @ArquillianResource URL base;

  private Api api;
  private String admin;

  @Deployment(testable = false)
  static WebArchive platform() throws Exception {
    database = TestDatabases.temporary();
    return Deployments.pathways(
        database.jdbcUrl(),
        Map.of(
            "pathways.admin.email", ADMIN,
            "pathways.admin.password", ADMIN_PASSWORD,
            "pathways.proxy.trusted", "true",
            "pathways.public-url", "https://pathways.test",
            "pathways.forum.digest-minutes", "0",
            "pathways.diagnostics.query-count", "true"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void awaitReady() {
    Http.awaitReady(base);
    api = new Api(base);
    admin = api.token(ADMIN, ADMIN_PASSWORD);
  }

  // ---------------------------------------------------------------- helpers

  private Api.Person cohortFacilitator;

  /** A cohort of the middle-school course, with its facilitator; its code for teachers. */
  private synchronized void cohort() {
    if (cohortCode != null) {
      return;
    }
    cohortFacilitator = api.signUp("Fac Cohort");
    Api.Answer created =
        api.call(
            "POST",
            "/api/cohorts",
            Api.object(
                "name",
                "Denver math cohort",
                "district",
                "Denver Public Schools",
                "course",
                MS,
                "facilitators",
                Json.createArrayBuilder().add(cohortFacilitator.email()).build()),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    MailedLinks.acceptInvitation(database.dataSource(), api, cohortFacilitator);
    cohortCode = created.text("code");
    cohortId = created.text("id");
    facilitatorEmail = cohortFacilitator.email();
    facilitatorPassword = cohortFacilitator.password();
  }

  private static String facilitatorEmail;
  private static String facilitatorPassword;

  private Api.Person member(String name) {
    cohort();
    Api.Person teacher = api.signUp(name);
    Api.Answer enrolled =
        api.call(
            "POST",
            "/api/enrollments",
            Api.object("course", MS, "code", cohortCode),
            teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return teacher;
  }

  private JsonObject start(String space, String title, String body, String token) {
    Api.Answer started =
        api.call(
            "POST",
            "/api/forum/spaces/" + space + "/threads",
            Api.object("title", title, "body", body),
            token);
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json();
  }

  private Api.Answer reply(String thread, String body, String token) {
    return api.call(
        "POST", "/api/forum/threads/" + thread + "/posts", Api.object("body", body), token);
  }

  private Api.Person contentAdmin() {
    Api.Person person = api.signUp("Connie Content");
    Api.Answer roles =
        api.call(
            "PUT",
            "/api/users/" + person.id() + "/roles",
            Api.object(
                "roles", Json.createArrayBuilder().add("TEACHER").add("CONTENT_ADMIN").build()),
            admin);
    assertThat(roles.status()).as(roles.body()).isEqualTo(200);
    return new Api.Person(
        person.id(),
        person.email(),
        person.password(),
        person.name(),
        api.token(person.email(), person.password()));
  }

  private int count(String sql, Object... params) throws Exception {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  // ---------------------------------------------------------------- tests

  @Test
  void teachersStartThreadsReplyAndReadThemByLatestActivityWithUnreadCounts() {
    Api.Person ann = api.signUp("Ann Author");
    Api.Person bob = api.signUp("Bob Reader");
    assertThat(api.get("/api/forum/spaces", null).status()).isEqualTo(401);
    List<JsonObject> spaces =
        api.get("/api/forum/spaces", ann.token()).array().getValuesAs(JsonObject.class);
    assertThat(spaces).extracting(s -> s.getString("key")).contains("community", "course:" + MS);
    assertThat(spaces).extracting(s -> s.getString("kind")).doesNotContain("COHORT");

    JsonObject first =
        start("community", "First thread " + UUID.randomUUID(), "Hello **all**", ann.token());
    assertThat(first.getJsonArray("posts")).hasSize(1);
    assertThat(first.getJsonArray("posts").getJsonObject(0).getString("html"))
        .contains("<strong>all</strong>");
    JsonObject second =
        start("community", "Second thread " + UUID.randomUUID(), "Another", bob.token());
    assertThat(reply(first.getString("id"), "A reply from Bob", bob.token()).status())
        .isEqualTo(201);

    List<JsonObject> listed =
        api.get("/api/forum/spaces/community/threads", ann.token())
            .json()
            .getJsonArray("threads")
            .getValuesAs(JsonObject.class);
    List<String> ids = listed.stream().map(t -> t.getString("id")).toList();
    assertThat(ids.indexOf(first.getString("id")))
        .as("the reply moved it up")
        .isLessThan(ids.indexOf(second.getString("id")));
    JsonObject forAnn = listed.get(ids.indexOf(first.getString("id")));
    assertThat(forAnn.getInt("posts")).isEqualTo(2);
    assertThat(forAnn.getInt("unread")).isEqualTo(1);
    assertThat(listed.get(ids.indexOf(second.getString("id"))).getInt("unread")).isEqualTo(1);

    // Reading marks it read.
    assertThat(
            api.call(
                    "POST",
                    "/api/forum/threads/" + first.getString("id") + "/read",
                    Api.object("number", 2),
                    ann.token())
                .status())
        .isEqualTo(204);
    assertThat(
            api
                .get("/api/forum/spaces/community/threads", ann.token())
                .json()
                .getJsonArray("threads")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> t.getString("id").equals(first.getString("id")))
                .findFirst()
                .orElseThrow()
                .getInt("unread"))
        .isZero();

    assertThat(api.get("/api/forum/spaces/no-such-space/threads", ann.token()).status())
        .isEqualTo(404);
    assertThat(api.get("/api/forum/threads/" + UUID.randomUUID(), ann.token()).status())
        .isEqualTo(404);
    assertThat(api.get("/api/forum/threads/not-a-uuid", ann.token()).status()).isEqualTo(404);
    Api.Answer empty =
        api.call(
            "POST",
            "/api/forum/spaces/community/threads",
            Api.object("title", " ", "body", "x"),
            ann.token());
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("title");
  }

  @Test
  void postsAreQuotedEditedWithHistoryAndDeletedWithoutLosingTheThreadsOrder() {
    Api.Person ann = api.signUp("Ann Quoter");
    Api.Person bob = api.signUp("Bob Other");
    JsonObject thread = start("community", "Quoting", "The original idea", ann.token());
    String id = thread.getString("id");
    String original = thread.getJsonArray("posts").getJsonObject(0).getString("id");

    Api.Answer quoted =
        api.call(
            "POST",
            "/api/forum/threads/" + id + "/posts",
            Api.object("body", "I agree", "quote", original),
            bob.token());
    assertThat(quoted.status()).isEqualTo(201);
    assertThat(quoted.json().getString("body"))
        .startsWith("> **Ann Quoter** wrote:")
        .contains("> The original idea")
        .endsWith("I agree");
    assertThat(quoted.json().getString("html")).contains("<blockquote>");

    Api.Answer notMine =
        api.call("PUT", "/api/forum/posts/" + original, Api.object("body", "hijack"), bob.token());
    assertThat(notMine.status()).isEqualTo(403);
    Api.Answer edited =
        api.call(
            "PUT",
            "/api/forum/posts/" + original,
            Api.object("body", "The improved idea"),
            ann.token());
    assertThat(edited.status()).isEqualTo(200);
    assertThat(edited.json().containsKey("editedAt")).isTrue();
    assertThat(
            api.get("/api/forum/posts/" + original + "/history", ann.token())
                .array()
                .getJsonObject(0)
                .getString("body"))
        .isEqualTo("The original idea");

    assertThat(api.call("DELETE", "/api/forum/posts/" + original, null, bob.token()).status())
        .isEqualTo(403);
    assertThat(api.call("DELETE", "/api/forum/posts/" + original, null, ann.token()).status())
        .isEqualTo(204);
    JsonObject after = api.get("/api/forum/threads/" + id, bob.token()).json();
    JsonObject gone = after.getJsonArray("posts").getJsonObject(0);
    assertThat(gone.getBoolean("deleted")).isTrue();
    assertThat(gone.getString("body")).isEmpty();
    assertThat(after.getJsonArray("posts").getJsonObject(1).getInt("number")).isEqualTo(2);
    assertThat(api.get("/api/forum/posts/" + original + "/history", bob.token()).status())
        .as("a deleted post's earlier texts are gone for readers")
        .isEqualTo(404);
    assertThat(api.get("/api/forum/posts/" + original + "/history", ann.token()).array())
        .hasSize(1);
  }

  @Test
  void anotherMemberNeverReadsADeletedOrHiddenPostThroughTheEditorTheHistoryOrTheApi()
      throws Exception {
    Api.Person ann = api.signUp("Ann Gone");
    Api.Person bob = api.signUp("Bob Curious");
    Api.Person moderator = contentAdmin();
    String deletedText = "Deleted secret " + UUID.randomUUID();
    String hiddenText = "Hidden secret " + UUID.randomUUID();
    JsonObject thread = start("community", "Gone posts", "Opening post", ann.token());
    String id = thread.getString("id");
    String deleted = reply(id, deletedText + " draft", ann.token()).text("id");
    String hidden = reply(id, hiddenText, ann.token()).text("id");
    assertThat(
            api.call(
                    "PUT",
                    "/api/forum/posts/" + deleted,
                    Api.object("body", deletedText),
                    ann.token())
                .status())
        .isEqualTo(200);
    assertThat(api.call("DELETE", "/api/forum/posts/" + deleted, null, ann.token()).status())
        .isEqualTo(204);
    assertThat(
            api.call("PUT", "/api/forum/posts/" + hidden + "/hidden", null, moderator.token())
                .status())
        .isEqualTo(200);
    PageSession bobsBrowser = PageSession.signIn(base, bob.email(), bob.password());
    PageSession annsBrowser = PageSession.signIn(base, ann.email(), ann.password());
    PageSession moderatorsBrowser =
        PageSession.signIn(base, moderator.email(), moderator.password());

    for (String[] gone :
        List.of(new String[] {deleted, deletedText}, new String[] {hidden, hiddenText})) {
      String post = gone[0];
      String secret = gone[1];
      for (String path :
          List.of("/forum/edit.xhtml?post=" + post, "/forum/history.xhtml?post=" + post)) {
        HttpResponse<String> page = bobsBrowser.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(404);
        assertThat(page.body()).as(path).doesNotContain(secret);
      }
      HttpResponse<String> threadPage =
          bobsBrowser.get("/forum/thread.xhtml?id=" + id + "&post=" + post);
      assertThat(threadPage.statusCode()).isEqualTo(200);
      assertThat(threadPage.body()).as("the reply box").doesNotContain(secret);
      Api.Answer history = api.get("/api/forum/posts/" + post + "/history", bob.token());
      assertThat(history.status()).isEqualTo(404);
      assertThat(history.body()).doesNotContain(secret);
      Api.Answer edit =
          api.call("PUT", "/api/forum/posts/" + post, Api.object("body", "x"), bob.token());
      assertThat(edit.status()).isEqualTo(404);
      assertThat(edit.body()).doesNotContain(secret);
      assertThat(api.get("/api/forum/threads/" + id, bob.token()).body()).doesNotContain(secret);
      for (String reader : List.of(ann.token(), moderator.token())) {
        assertThat(api.get("/api/forum/threads/" + id, reader).body()).contains(secret);
      }
      assertThat(moderatorsBrowser.get("/forum/history.xhtml?post=" + post).body())
          .contains(secret);
    }

    // The author and a moderator open the hidden post in the editor, with its text.
    for (PageSession entitled : List.of(annsBrowser, moderatorsBrowser)) {
      HttpResponse<String> editor = entitled.get("/forum/edit.xhtml?post=" + hidden);
      assertThat(editor.statusCode()).isEqualTo(200);
      assertThat(editor.body()).contains(hiddenText);
    }
    // A deleted post cannot be saved, so its editor opens for nobody; its author keeps its history.
    assertThat(annsBrowser.get("/forum/edit.xhtml?post=" + deleted).statusCode()).isEqualTo(404);
    assertThat(api.get("/api/forum/posts/" + deleted + "/history", ann.token()).body())
        .contains(deletedText + " draft");
  }

  @Test
  void storedXssIsNeutralisedInTitlesBodiesAndNames() {
    Api.Person evil = api.signUp("Eve");
    api.call("PUT", "/api/me", Api.object("name", "<img src=x onerror=alert(9)>Eve"), evil.token());
    for (String attack : XSS) {
      // One author per attack: posting is rate-limited per account.
      Api.Person author = api.signUp("Mallory");
      JsonObject thread = start("community", attack, attack + "\n\nplain text", author.token());
      String html = thread.getJsonArray("posts").getJsonObject(0).getString("html");
      assertThat(html).as(attack).satisfies(ForumIT::harmless);
    }
    JsonObject link = start("community", "Links", "[a site](https://example.org)", evil.token());
    assertThat(link.getJsonArray("posts").getJsonObject(0).getString("html"))
        .contains("href=\"https://example.org\"")
        .contains("nofollow")
        .contains("ugc")
        .contains("noopener");
  }

  @Test
  void aCohortSpaceIsPrivateThroughEveryCall() throws Exception {
    Api.Person member = member("Mia Member");
    Api.Person outsider = api.signUp("Otto Outsider");
    String space = "cohort:" + cohortId;
    assertThat(api.get("/api/forum/spaces", member.token()).body()).contains(space);
    assertThat(api.get("/api/forum/spaces", outsider.token()).body()).doesNotContain(space);

    JsonObject thread = start(space, "Cohort only", "Our private zebrafish plan", member.token());
    String id = thread.getString("id");
    String post = thread.getJsonArray("posts").getJsonObject(0).getString("id");
    String facilitator = api.token(facilitatorEmail, facilitatorPassword);
    assertThat(api.get("/api/forum/threads/" + id, facilitator).status()).isEqualTo(200);

    assertThat(api.get("/api/forum/spaces/" + space + "/threads", outsider.token()).status())
        .isEqualTo(404);
    assertThat(
            api.call(
                    "POST",
                    "/api/forum/spaces/" + space + "/threads",
                    Api.object("title", "x", "body", "y"),
                    outsider.token())
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/forum/threads/" + id, outsider.token()).status()).isEqualTo(404);
    assertThat(reply(id, "let me in", outsider.token()).status()).isEqualTo(404);
    assertThat(
            api.call("PUT", "/api/forum/posts/" + post, Api.object("body", "x"), outsider.token())
                .status())
        .isEqualTo(404);
    assertThat(api.call("DELETE", "/api/forum/posts/" + post, null, outsider.token()).status())
        .isEqualTo(404);
    assertThat(api.get("/api/forum/posts/" + post + "/history", outsider.token()).status())
        .isEqualTo(404);
    assertThat(
            api.call(
                    "POST",
                    "/api/forum/posts/" + post + "/reports",
                    Api.object("reason", "x"),
                    outsider.token())
                .status())
        .isEqualTo(404);
    assertThat(
            api.call("PUT", "/api/forum/threads/" + id + "/follow", null, outsider.token())
                .status())
        .isEqualTo(404);
    assertThat(
            api.call(
                    "POST",
                    "/api/forum/threads/" + id + "/read",
                    Api.object("number", 1),
                    outsider.token())
                .status())
        .isEqualTo(404);
    assertThat(
            api.call(
                    "PUT", "/api/forum/threads/" + id, Api.object("locked", true), outsider.token())
                .status())
        .isEqualTo(404);
    assertThat(
            api.call("PUT", "/api/forum/posts/" + post + "/hidden", null, outsider.token())
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/forum/search?q=zebrafish", outsider.token()).array()).isEmpty();
    assertThat(api.get("/api/forum/search?q=zebrafish", member.token()).array()).hasSize(1);
    // An administrator outside the cohort does not read it either.
    assertThat(api.get("/api/forum/threads/" + id, admin).status()).isEqualTo(404);
    // No notification reaches the outsider.
    reply(id, "A second zebrafish post", facilitator);
    assertThat(api.get("/api/forum/notifications", outsider.token()).array()).isEmpty();
    assertThat(api.get("/api/forum/notifications", member.token()).array()).hasSize(1);
  }

  @Test
  void floodingIsSlowedWithAClearMessageAndOversizedBodiesAreRefused() {
    Api.Person fast = api.signUp("Fred Fast");
    String thread = start("community", "Flood", "one", fast.token()).getString("id");
    int created = 1;
    Api.Answer refused = null;
    for (int i = 0; i < 10 && refused == null; i++) {
      Api.Answer answer = reply(thread, "reply " + i, fast.token());
      if (answer.status() == 429) {
        refused = answer;
      } else {
        assertThat(answer.status()).isEqualTo(201);
        created++;
      }
    }
    assertThat(created).isEqualTo(6);
    assertThat(refused).isNotNull();
    assertThat(refused.header("Retry-After")).isNotNull();
    assertThat(refused.body())
        .contains("posting very quickly")
        .contains("your text is still there");

    Api.Person slow = api.signUp("Sam Slow");
    String megabyte = "x".repeat(1024 * 1024);
    Api.Answer huge = reply(thread, megabyte, slow.token());
    assertThat(huge.status()).isEqualTo(413);
    assertThat(huge.body()).contains("at most 256 KiB");
    Api.Answer tooLong = reply(thread, "y".repeat(20_001), slow.token());
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("20,000 characters");
  }

  @Test
  void searchIsRankedHighlightedAndEscaped() {
    Api.Person teacher = api.signUp("Sue Searcher");
    start(
        "community",
        "Loops",
        "Teaching loops with dance moves: loops and more loops",
        teacher.token());
    start(
        "community",
        "Variables",
        "A variable is a box; we mention loops once <script>alert(1)</script>",
        teacher.token());
    List<JsonObject> hits =
        api.get("/api/forum/search?q=loops", teacher.token()).array().getValuesAs(JsonObject.class);
    assertThat(hits).hasSizeGreaterThanOrEqualTo(2);
    assertThat(hits.get(0).getString("threadTitle")).isEqualTo("Loops");
    assertThat(hits.get(0).getString("snippet")).contains("<mark>loops</mark>");
    String escaped =
        hits.stream()
            .filter(h -> h.getString("threadTitle").equals("Variables"))
            .findFirst()
            .orElseThrow()
            .getString("snippet");
    assertThat(escaped).contains("<mark>loops</mark>").doesNotContain("<script");
    assertThat(api.get("/api/forum/search?q=" + "z".repeat(201), teacher.token()).status())
        .isEqualTo(400);
  }

  @Test
  void controlCharactersInAPostCannotForgeHighlightsInAnotherTeachersSearch() {
    Api.Person forger = api.signUp("Fay Forger");
    Api.Person searcher = api.signUp("Sid Searcher");
    String word = "quokka" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "q");
    JsonObject thread =
        start(
            "community",
            "Tit\u0002le\u0007",
            "\u0003\u0002Unclosed " + word + "\u0002 mark\u0004 and\r\nlines",
            forger.token());

    List<JsonObject> hits =
        api.get("/api/forum/search?q=" + word, searcher.token())
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(hits).hasSize(1);
    String snippet = hits.get(0).getString("snippet");
    assertThat(snippet).contains("<mark>" + word + "</mark>");
    assertThat(snippet.split("<mark>", -1)).as(snippet).hasSize(2);
    assertThat(snippet.split("</mark>", -1)).as(snippet).hasSize(2);
    // Nor is any control character kept: NUL would not even reach the database.
    assertThat(thread.getString("title")).isEqualTo("Title");
    assertThat(thread.getJsonArray("posts").getJsonObject(0).getString("body"))
        .isEqualTo("Unclosed " + word + " mark and\nlines");
    assertThat(reply(thread.getString("id"), "Null\u0000 byte", forger.token()).status())
        .isEqualTo(201);
  }

  @Test
  void followersGetNotificationsAndADailyDigestNeverAMailPerPostByDefault() throws Exception {
    Api.Person author = api.signUp("Ada Digest");
    Api.Person eager = api.signUp("Eli Eager");
    Api.Person quiet = api.signUp("Quin Quiet");
    String thread =
        start("community", "Digest thread " + UUID.randomUUID(), "Start", author.token())
            .getString("id");
    for (Api.Person p : List.of(eager, quiet)) {
      assertThat(
              api.call("PUT", "/api/forum/threads/" + thread + "/follow", null, p.token()).status())
          .isEqualTo(204);
    }
    assertThat(
            api.call("PUT", "/api/forum/settings", Api.object("email", "EACH_POST"), eager.token())
                .json()
                .getString("email"))
        .isEqualTo("EACH_POST");
    assertThat(
            api.call("PUT", "/api/forum/settings", Api.object("email", "NONE"), quiet.token())
                .status())
        .isEqualTo(200);
    assertThat(
            api.call("PUT", "/api/forum/settings", Api.object("email", "HOURLY"), quiet.token())
                .status())
        .isEqualTo(400);
    assertThat(api.get("/api/forum/settings", author.token()).json().getString("email"))
        .isEqualTo("DAILY");

    reply(thread, "News one", author.token());
    reply(thread, "News two", author.token());
    assertThat(api.get("/api/forum/notifications", eager.token()).array()).hasSize(2);
    assertThat(api.get("/api/forum/notifications", author.token()).array())
        .as("not for your own posts")
        .isEmpty();
    assertThat(count("select count(*) from mail_outbox where recipient = ?", eager.email()))
        .isEqualTo(2);
    assertThat(count("select count(*) from mail_outbox where recipient = ?", quiet.email()))
        .isZero();

    // The author follows their thread on the daily digest: a reply from someone else reaches it.
    reply(thread, "From Eli", eager.token());
    int sent = api.call("POST", "/api/forum/digests", "", admin).json().getInt("sent");
    assertThat(sent).isGreaterThanOrEqualTo(1);
    assertThat(
            count(
                "select count(*) from mail_outbox where recipient = ? and subject = 'Your Pathways forum digest'",
                author.email()))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from mail_outbox where recipient = ? and subject = 'Your Pathways forum digest'",
                quiet.email()))
        .isZero();
    api.call("POST", "/api/forum/digests", "", admin);
    assertThat(
            count(
                "select count(*) from mail_outbox where recipient = ? and subject = 'Your Pathways forum digest'",
                author.email()))
        .as("once a day")
        .isEqualTo(1);

    assertThat(api.call("POST", "/api/forum/notifications/read", "", eager.token()).status())
        .isEqualTo(204);
    assertThat(api.get("/api/forum/notifications?unread=true", eager.token()).array()).isEmpty();
    assertThat(api.call("POST", "/api/forum/digests", "", eager.token()).status()).isEqualTo(403);
  }

  @Test
  void reportsReachTheSpacesModeratorsWhoHideLockPinAndMoveWithAnAuditTrail() throws Exception {
    Api.Person writer = api.signUp("Wes Writer");
    Api.Person reporter = api.signUp("Rita Reporter");
    Api.Person moderator = contentAdmin();
    JsonObject thread = start("community", "Moderate me", "Something rude", writer.token());
    String id = thread.getString("id");
    String post = thread.getJsonArray("posts").getJsonObject(0).getString("id");

    assertThat(
            api.call(
                    "POST",
                    "/api/forum/posts/" + post + "/reports",
                    Api.object("reason", ""),
                    reporter.token())
                .status())
        .isEqualTo(400);
    assertThat(
            api.call(
                    "POST",
                    "/api/forum/posts/" + post + "/reports",
                    Api.object("reason", "Rude to a colleague"),
                    reporter.token())
                .status())
        .isEqualTo(201);
    assertThat(api.get("/api/forum/reports", moderator.token()).body())
        .contains("Rude to a colleague");
    assertThat(api.get("/api/forum/reports", reporter.token()).array()).isEmpty();

    assertThat(
            api.call("PUT", "/api/forum/posts/" + post + "/hidden", null, reporter.token())
                .status())
        .isEqualTo(403);
    assertThat(
            api.call("PUT", "/api/forum/posts/" + post + "/hidden", null, moderator.token())
                .status())
        .isEqualTo(200);
    JsonObject seen =
        api.get("/api/forum/threads/" + id, reporter.token())
            .json()
            .getJsonArray("posts")
            .getJsonObject(0);
    assertThat(seen.getBoolean("hidden")).isTrue();
    assertThat(seen.getString("body")).isEmpty();
    assertThat(
            api.get("/api/forum/threads/" + id, moderator.token())
                .json()
                .getJsonArray("posts")
                .getJsonObject(0)
                .getString("body"))
        .isEqualTo("Something rude");
    assertThat(api.get("/api/forum/reports", moderator.token()).body())
        .doesNotContain("Rude to a colleague");
    assertThat(
            api.call("DELETE", "/api/forum/posts/" + post + "/hidden", null, moderator.token())
                .status())
        .isEqualTo(200);

    assertThat(
            api.call(
                    "PUT",
                    "/api/forum/threads/" + id,
                    Api.object("locked", true, "pinned", true),
                    moderator.token())
                .status())
        .isEqualTo(200);
    Api.Answer locked = reply(id, "Can I still reply?", writer.token());
    assertThat(locked.status()).isEqualTo(409);
    assertThat(locked.body()).contains("locked");
    assertThat(
            api.get("/api/forum/spaces/community/threads", writer.token())
                .json()
                .getJsonArray("threads")
                .getJsonObject(0)
                .getString("id"))
        .as("pinned first")
        .isEqualTo(id);
    assertThat(
            api.call(
                    "PUT",
                    "/api/forum/threads/" + id,
                    Api.object("space", "elementary-teachers"),
                    moderator.token())
                .json()
                .getString("space"))
        .isEqualTo("elementary-teachers");

    for (String action :
        List.of(
            "forum.post.hidden",
            "forum.post.restored",
            "forum.thread.locked",
            "forum.thread.pinned",
            "forum.thread.moved")) {
      assertThat(
              count(
                  "select count(*) from audit_log where action = ? and actor_id = ?::uuid",
                  action,
                  moderator.id()))
          .as(action)
          .isGreaterThanOrEqualTo(1);
    }
    // The cohort's facilitator moderates the cohort space, not the community.
    Api.Person member = member("Mo Member");
    String facilitator = api.token(facilitatorEmail, facilitatorPassword);
    JsonObject inCohort = start("cohort:" + cohortId, "Cohort moderation", "hmm", member.token());
    assertThat(
            api.call(
                    "PUT",
                    "/api/forum/threads/" + inCohort.getString("id"),
                    Api.object("locked", true),
                    facilitator)
                .status())
        .isEqualTo(200);
    assertThat(
            api.call("PUT", "/api/forum/threads/" + id, Api.object("locked", false), facilitator)
                .status())
        .isEqualTo(403);
    assertThat(
            api.call(
                    "PUT",
                    "/api/forum/threads/" + inCohort.getString("id"),
                    Api.object("locked", false),
                    moderator.token())
                .status())
        .as("a content administrator outside the cohort does not see it")
        .isEqualTo(404);
  }

  @Test
  void oneAccountCannotFloodTheModeratorsWithReports() throws Exception {
    Api.Person writer = api.signUp("Fay Flooded");
    Api.Person reporter = api.signUp("Reg Reporter");
    String thread = start("community", "Many posts", "first", writer.token()).getString("id");
    List<String> posts = new ArrayList<>();
    try (Connection c = database.dataSource().getConnection()) {
      // Posts made directly: the posting limit would take minutes to make 31 of them.
      for (int seq = 2; seq <= 32; seq++) {
        UUID post = UUID.randomUUID();
        posts.add(post.toString());
        c.createStatement()
            .execute(
                "insert into forum_post (id, thread_id, seq, author_id, body, created_at) values ('"
                    + post
                    + "', '"
                    + thread
                    + "', "
                    + seq
                    + ", '"
                    + writer.id()
                    + "', 'Post "
                    + seq
                    + "', now())");
      }
    }
    for (String post : posts.subList(0, 30)) {
      assertThat(
              api.call(
                      "POST",
                      "/api/forum/posts/" + post + "/reports",
                      Api.object("reason", "Spam"),
                      reporter.token())
                  .status())
          .isEqualTo(201);
    }

    Api.Answer thirtyFirst =
        api.call(
            "POST",
            "/api/forum/posts/" + posts.get(30) + "/reports",
            Api.object("reason", "Spam"),
            reporter.token());

    assertThat(thirtyFirst.status()).isEqualTo(429);
    assertThat(thirtyFirst.header("Retry-After")).isNotBlank();
    assertThat(thirtyFirst.text("detail")).contains("30 reports in the last 24 hours");
    assertThat(
            api.call(
                    "POST",
                    "/api/forum/posts/" + posts.get(30) + "/reports",
                    Api.object("reason", "Spam"),
                    writer.token())
                .status())
        .as("other teachers still report")
        .isEqualTo(201);
  }

  @Test
  void aStepsDiscussionIsMadeOnceInTheSpaceItsCardNames() throws Exception {
    Api.Person teacher = api.signUp("Dee Discuss");
    Step forumStep =
        ShippedContent.course(HS).modules().stream()
            .flatMap(m -> m.steps().stream())
            .filter(s -> s.kind() == StepKind.FORUM)
            .findFirst()
            .orElseThrow();
    String path = "/api/courses/" + HS + "/steps/" + forumStep.key() + "/discussion";
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Api.Answer>> answers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      answers.add(pool.submit(() -> api.get(path, teacher.token())));
    }
    List<String> ids = new ArrayList<>();
    for (Future<Api.Answer> f : answers) {
      Api.Answer a = f.get();
      assertThat(a.status()).as(a.body()).isEqualTo(200);
      ids.add(a.text("id"));
    }
    pool.shutdown();
    assertThat(ids).containsOnly(ids.get(0));
    JsonObject thread = api.get(path, teacher.token()).json();
    assertThat(thread.getString("space")).isEqualTo("course:" + HS);
    assertThat(thread.getString("title")).isEqualTo(forumStep.title());
    assertThat(reply(thread.getString("id"), "My story", teacher.token()).status()).isEqualTo(201);
    assertThat(api.get(path, teacher.token()).json().getJsonArray("posts")).hasSize(1);
    assertThat(
            api.get("/api/courses/" + HS + "/steps/no-such-step/discussion", teacher.token())
                .status())
        .isEqualTo(404);
    assertThat(api.get(path, null).status()).isEqualTo(401);
  }

  @Test
  void aSpaceOfTenThousandThreadsAndAThreadOfTwoThousandPostsPageLikeSmallOnes() throws Exception {
    Api.Person teacher = api.signUp("Pat Pager");
    String small = start("high-school-teachers", "Small", "one", teacher.token()).getString("id");
    UUID big = UUID.randomUUID();
    try (Connection c = database.dataSource().getConnection()) {
      c.createStatement()
          .execute(
              "insert into forum_thread (id, space_key, title, post_count, last_post_at, created_at)"
                  + " select gen_random_uuid(), 'middle-school-teachers', 'Thread ' || g, 1,"
                  + " now() - g * interval '1 minute', now() from generate_series(1, 10000) g");
      c.createStatement()
          .execute(
              "insert into forum_thread (id, space_key, title, post_count, last_post_at, created_at)"
                  + " values ('"
                  + big
                  + "', 'middle-school-teachers', 'Big thread', 2000, now(), now())");
      c.createStatement()
          .execute(
              "insert into forum_post (id, thread_id, seq, author_id, body, created_at)"
                  + " select gen_random_uuid(), '"
                  + big
                  + "', g, '"
                  + teacher.id()
                  + "',"
                  + " 'Post number ' || g, now() from generate_series(1, 2000) g");
      c.createStatement().execute("analyze forum_thread");
      c.createStatement().execute("analyze forum_post");
    }
    int smallSpace = queries("/api/forum/spaces/high-school-teachers/threads", teacher.token());
    int bigFirst =
        queries("/api/forum/spaces/middle-school-teachers/threads?page=1", teacher.token());
    int bigDeep =
        queries("/api/forum/spaces/middle-school-teachers/threads?page=400", teacher.token());
    assertThat(bigFirst).isEqualTo(bigDeep).isEqualTo(smallSpace);
    int smallThread = queries("/api/forum/threads/" + small, teacher.token());
    int bigThread = queries("/api/forum/threads/" + big + "?page=100", teacher.token());
    assertThat(bigThread).isEqualTo(smallThread);
    assertThat(
            api.get("/api/forum/threads/" + big + "?page=100", teacher.token())
                .json()
                .getJsonArray("posts")
                .getJsonObject(0)
                .getInt("number"))
        .isEqualTo(1981);
    assertThat(
            api.get("/api/forum/spaces/middle-school-teachers/threads?page=9999", teacher.token())
                .json()
                .getInt("page"))
        .as("paging is bounded")
        .isEqualTo(Forum.DEEPEST_PAGE);

    // The plans use the indexes, not a scan of the table.
    try (Connection c = database.dataSource().getConnection()) {
      assertThat(
              plan(
                  c,
                  "explain select * from forum_thread where space_key = 'middle-school-teachers'"
                      + " order by pinned desc, last_post_at desc, id desc limit 21"))
          .contains("forum_thread_space")
          .doesNotContain("Seq Scan");
      assertThat(
              plan(
                  c,
                  "explain select * from forum_post where thread_id = '"
                      + big
                      + "' and seq > 1980 and seq <= 2000 order by seq"))
          .contains("forum_post_order")
          .doesNotContain("Seq Scan");
    }
  }

  /** No element, attribute or URL that could run script or restyle the page survives. */
  static void harmless(String html) {
    String lower = html.toLowerCase();
    assertThat(lower).doesNotContain("<script", "<img", "<svg", "<iframe", "<style", "style=");
    assertThat(lower).doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
    assertThat(lower)
        .doesNotContainPattern("(href|src)\\s*=\\s*[\"']?\\s*(javascript|data|vbscript):");
  }

  private static String plan(Connection c, String sql) throws Exception {
    StringBuilder text = new StringBuilder();
    try (ResultSet r = c.createStatement().executeQuery(sql)) {
      while (r.next()) {
        text.append(r.getString(1)).append('\n');
      }
    }
    return text.toString();
  }

  private int queries(String path, String token) {
    Api.Answer answer = api.get(path, token);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return Integer.parseInt(answer.header("X-Pathways-Queries"));
  }
}
