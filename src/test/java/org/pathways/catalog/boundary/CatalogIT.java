package org.pathways.catalog.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;

/** The public catalog API over the shipped course packages. */
class CatalogIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy();
  }

  @Test
  void programsListTheirPhasesWithTheCourseOfEachOnlinePhase() {
    var programs = Http.get(Http.serverRoot(base, "/api/programs"));

    assertThat(programs.statusCode()).isEqualTo(200);
    assertThat(programs.body())
        .contains(
            "\"slug\":\"elementary\"", "\"slug\":\"middle-school\"", "\"slug\":\"high-school\"")
        .contains(
            "\"courseSlug\":\"hs-phase-1-foundations\"",
            "\"kind\":\"IN_PERSON\"",
            "\"kind\":\"BLENDED\"");
  }

  @Test
  void coursesListTheirHoursModulesAndSteps() {
    var courses = Http.get(Http.serverRoot(base, "/api/courses"));

    assertThat(courses.statusCode()).isEqualTo(200);
    assertThat(courses.body())
        .contains(
            "\"slug\":\"k5-online-workshop\"",
            "\"enrollment\":\"OPEN\"",
            "\"enrollment\":\"COHORT_CODE\"",
            "\"pdHours\":",
            "\"stepCount\":");
  }

  @Test
  void aModulesMinutesAreItsStepsAndACoursesHoursFollowFromThem() {
    var outline = Http.get(Http.serverRoot(base, "/api/courses/ms-phase-1-cs-in-math-science"));
    jakarta.json.JsonObject course =
        jakarta.json.Json.createReader(new java.io.StringReader(outline.body())).readObject();

    int counted = 0;
    for (var m : course.getJsonArray("modules").getValuesAs(jakarta.json.JsonObject.class)) {
      int sum = 0;
      for (var s : m.getJsonArray("steps").getValuesAs(jakarta.json.JsonObject.class)) {
        sum += s.getInt("minutes");
        counted += m.getBoolean("required") && s.getBoolean("required") ? s.getInt("minutes") : 0;
      }
      assertThat(m.getInt("estimatedMinutes")).as(m.getString("key")).isEqualTo(sum);
    }
    assertThat(course.getJsonNumber("pdHours").bigDecimalValue())
        .isEqualByComparingTo(java.math.BigDecimal.valueOf(counted / 30 * 5L, 1));
  }

  @Test
  void aCourseOutlineNamesModulesAndStepsByKey() {
    var outline = Http.get(Http.serverRoot(base, "/api/courses/k5-online-workshop"));

    assertThat(outline.statusCode()).isEqualTo(200);
    assertThat(outline.body())
        .contains(
            "\"sequencing\":\"STRICT\"",
            "\"modules\":[",
            "\"steps\":[",
            "\"kind\":\"QUIZ\"",
            "\"kind\":\"WORKSHOP\"");
  }

  @Test
  void anUnknownCourseIsAPlain404Problem() {
    var missing = Http.get(Http.serverRoot(base, "/api/courses/no-such-course"));

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(missing.body()).contains("There is no course");
  }
}
