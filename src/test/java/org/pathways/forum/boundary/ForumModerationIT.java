package org.pathways.forum.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Api;

/**
 * Moderating the forum through the API: reports reach the space's moderators, who hide, lock, pin
 * and move with an audit trail, and one account cannot flood them with reports.
 */
class ForumModerationIT extends ForumFixtures {

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
                .getJsonArray("items")
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
}
