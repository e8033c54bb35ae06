package org.pathways.catalog.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathways.platform.local.EmbeddedDatabase;
import org.pathways.testing.Deployments;
import org.pathways.testing.Http;
import org.pathways.testing.TestDatabases;

/** The public catalog API over the shipped course packages. */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

  private static EmbeddedDatabase database;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive platform() throws Exception {
    database = TestDatabases.temporary();
    return Deployments.pathways(database.jdbcUrl());
  }

  @BeforeEach
  void awaitReady() {
    Http.awaitReady(base);
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
