package org.pathways.forum.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.testing.Api;
import org.pathways.testing.PageSession;
import org.pathways.testing.ShippedContent;

/**
 * Posting in the forum through the API: threads and replies by latest activity with unread counts,
 * quoting, editing with history and deleting, what others never read of a deleted or hidden post,
 * stored XSS, flooding, and a step's discussion.
 */
class ForumPostingIT extends ForumFixtures {

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
            .getJsonArray("items")
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
                .getJsonArray("items")
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
    Api.Answer malformedQuote =
        api.call(
            "POST",
            "/api/forum/threads/" + id + "/posts",
            Api.object("body", "No quote here", "quote", "x"),
            bob.token());
    assertThat(malformedQuote.status()).as("a malformed quote is no quote").isEqualTo(201);
    assertThat(malformedQuote.json().getString("body")).isEqualTo("No quote here");

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

    // A malformed or missing post id is answered as an unknown one.
    for (String path :
        List.of(
            "/forum/history.xhtml?post=not-a-uuid",
            "/forum/history.xhtml",
            "/forum/edit.xhtml?post=not-a-uuid",
            "/forum/report.xhtml?post=not-a-uuid")) {
      assertThat(bobsBrowser.get(path).statusCode()).as(path).isEqualTo(404);
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
      assertThat(html).as(attack).satisfies(ForumFixtures::harmless);
    }
    JsonObject link = start("community", "Links", "[a site](https://example.org)", evil.token());
    assertThat(link.getJsonArray("posts").getJsonObject(0).getString("html"))
        .contains("href=\"https://example.org\"")
        .contains("nofollow")
        .contains("ugc")
        .contains("noopener");
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
}
