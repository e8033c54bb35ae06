package org.pathways.forum.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Api;

/**
 * Reading the forum through the API: a cohort space's privacy through every call, search ranked,
 * highlighted and escaped, follows with notifications and digests, and paging a large space and
 * thread.
 */
class ForumReadingIT extends ForumFixtures {

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
    assertThat(
            api.get("/api/forum/search?q=zebrafish", outsider.token()).json().getJsonArray("items"))
        .isEmpty();
    assertThat(api.get("/api/forum/search?q=zebrafish", member.token()).json().getInt("total"))
        .isEqualTo(1);
    // An administrator outside the cohort does not read it either.
    assertThat(api.get("/api/forum/threads/" + id, admin).status()).isEqualTo(404);
    // No notification reaches the outsider.
    reply(id, "A second zebrafish post", facilitator);
    assertThat(api.get("/api/forum/notifications", outsider.token()).array()).isEmpty();
    assertThat(api.get("/api/forum/notifications", member.token()).array()).hasSize(1);
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
        api.get("/api/forum/search?q=loops", teacher.token())
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
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
            .json()
            .getJsonArray("items")
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
        .isEqualTo(Forum.LISTED_THREADS / 20);
    JsonObject threads =
        api.get("/api/forum/spaces/middle-school-teachers/threads?page=2&size=50", teacher.token())
            .json();
    assertThat(threads.getJsonArray("items")).hasSize(50);
    assertThat(threads.getInt("page")).isEqualTo(2);
    assertThat(threads.getInt("size")).isEqualTo(50);
    assertThat(threads.getJsonNumber("total").longValue()).isEqualTo(10001);
    assertThat(threads.getJsonObject("space").getString("key")).isEqualTo("middle-school-teachers");
    JsonObject last =
        api.get("/api/forum/threads/" + big + "?page=0&size=100", teacher.token()).json();
    assertThat(last.getInt("page")).as("page 0 is the last").isEqualTo(20);
    assertThat(last.getInt("pages")).isEqualTo(20);
    assertThat(last.getInt("size")).isEqualTo(100);
    assertThat(last.getInt("total")).isEqualTo(2000);
    assertThat(last.getJsonArray("posts").getJsonObject(0).getInt("number")).isEqualTo(1901);

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
}
