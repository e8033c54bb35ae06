package org.pathways.content.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.pathways.content.control.ContentReader;
import org.pathways.content.entity.Course;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;

/** The shipped course packages loaded by the running platform. */
class ContentIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy();
  }

  @Test
  void readinessReportsTheContentServedAndRecorded() {
    String health = Http.get(Http.serverRoot(base, "/health/ready")).body();

    assertThat(health).contains("\"content\"", "\"courses\":\"3\"", "\"recorded\":\"yes\"");
  }

  @Test
  void everyStepOfEveryShippedCourseIsRecordedBySlug() throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select course_slug, count(*) from content_step where retired_at is null group by course_slug order by 1")) {
      int courses = 0;
      while (rows.next()) {
        courses++;
        assertThat(rows.getInt(2)).as(rows.getString(1)).isGreaterThanOrEqualTo(20);
      }
      assertThat(courses).isEqualTo(3);
    }
  }

  @Test
  void assetsAreServedWithLongCacheHeaders() {
    Course course =
        new ContentReader(Path.of("modules"), "/assets/")
            .read(Optional.empty())
            .courses()
            .get("k5-online-workshop")
            .course()
            .orElseThrow();
    Course.Asset asset = course.assets().values().iterator().next();

    var response = Http.get(Http.serverRoot(base, asset.url()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=31536000, immutable");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(asset.contentType()));
    assertThat(
            Http.get(Http.serverRoot(base, "/assets/k5-online-workshop/000000000000/nothing.svg"))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void contentAdministrationRefusesCallersWhoAreNotSignedIn() {
    var overview = Http.get(Http.serverRoot(base, "/api/admin/content"));

    assertThat(overview.statusCode()).isEqualTo(401);
    assertThat(overview.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(overview.body()).contains("\"status\":401", "sign in");
  }
}
