package org.pathways.xapi.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathways.content.entity.Step;
import org.pathways.platform.local.EmbeddedDatabase;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Deployments;
import org.pathways.testing.Http;
import org.pathways.testing.ShippedContent;
import org.pathways.testing.TestDatabases;

/**
 * A restart while the LRS is down: statements written and failed before Payara Micro stops are
 * sent, once each, by the platform started again on the same database. The deployment is not
 * managed: the test deploys it (the connector starts a Payara Micro process), undeploys it (the
 * connector ends that process) and deploys it again; the new process's port is read from its
 * start-up output.
 */
@ExtendWith(ArquillianExtension.class)
class XapiRestartIT {

  private static final String PUBLIC_URL = "https://pathways.test";
  private static final String USER = "lrs-user";
  private static final String PASSWORD = "lrs-restart-passphrase";
  private static final LrsStandIn LRS = new LrsStandIn(USER, PASSWORD, PUBLIC_URL);
  private static final Pattern PORT = Pattern.compile("(?i)HTTP Port\\(s\\)\"?:\\s*\"?(\\d+)");

  private static EmbeddedDatabase database;

  @ArquillianResource Deployer deployer;

  @Deployment(name = "platform", managed = false, testable = false)
  static WebArchive platform() throws IOException {
    database = TestDatabases.temporary();
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("pathways.admin.email", DeployedPlatform.ADMIN);
    settings.put("pathways.admin.password", DeployedPlatform.ADMIN_PASSWORD);
    settings.put("pathways.proxy.trusted", "true");
    settings.put("pathways.public-url", PUBLIC_URL);
    settings.put("pathways.xapi.endpoint", LRS.endpoint() + "/");
    settings.put("pathways.xapi.username", USER);
    settings.put("pathways.xapi.password", PASSWORD);
    settings.put("pathways.xapi.seconds", "0");
    return Deployments.pathways(database.jdbcUrl(), settings);
  }

  @AfterAll
  static void stop() throws IOException {
    LRS.stop();
    if (database != null) {
      database.close();
      database = null;
    }
  }

  @Test
  void statementsWaitingWhenThePlatformStopsArriveOnceAfterItStartsAgain() throws Exception {
    Api api = started();
    Api.Person teacher = api.signUp("Rita Restart");
    Api.Answer enrolled =
        api.call(
            "POST", "/api/enrollments", Api.object("course", ShippedContent.K5), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    String enrollment = enrolled.text("id");
    List<Step> steps =
        ShippedContent.course(ShippedContent.K5).modules().get(0).steps().subList(0, 3);
    for (Step step : steps) {
      assertThat(api.completeStep(teacher, enrollment, step).status()).isIn(200, 201);
    }
    LRS.down = true;
    String admin = api.token(DeployedPlatform.ADMIN, DeployedPlatform.ADMIN_PASSWORD);
    assertThat(sweep(api, admin)).isZero();
    assertThat(api.get("/api/admin/xapi", admin).json().getInt("pending")).isEqualTo(3);

    deployer.undeploy("platform");
    Api again = started();
    admin = again.token(DeployedPlatform.ADMIN, DeployedPlatform.ADMIN_PASSWORD);
    assertThat(again.get("/api/admin/xapi", admin).json().getInt("pending"))
        .as("kept through the restart")
        .isEqualTo(3);
    assertThat(sweep(again, admin)).as("the LRS still down").isZero();
    LRS.down = false;
    assertThat(sweep(again, admin)).isEqualTo(3);
    assertThat(sweep(again, admin)).isZero();
    assertThat(LRS.stored).hasSize(3);
    assertThat(again.get("/api/admin/xapi", admin).json().getInt("pending")).isZero();
    assertThat(LRS.problems).isEmpty();
    deployer.undeploy("platform");
  }

  private static int sweep(Api api, String admin) {
    Api.Answer answer = api.call("POST", "/api/admin/xapi/sweep", "", admin);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().getInt("sent");
  }

  /** Deploys the platform (a new Payara Micro process) and waits until it is ready. */
  private Api started() throws Exception {
    PrintStream original = System.out;
    List<String> lines = new ArrayList<>();
    System.setOut(
        new PrintStream(original, true) {
          @Override
          public void println(String line) {
            synchronized (lines) {
              lines.add(line);
            }
            super.println(line);
          }
        });
    try {
      deployer.deploy("platform");
    } finally {
      System.setOut(original);
    }
    String port;
    synchronized (lines) {
      port =
          lines.stream()
              .map(PORT::matcher)
              .filter(Matcher::find)
              .map(m -> m.group(1))
              .reduce((first, last) -> last)
              .orElseThrow(() -> new AssertionError("no HTTP port in Payara Micro's output"));
    }
    URL base = new URL("http://127.0.0.1:" + port + "/");
    Http.awaitReady(base);
    return new Api(base);
  }
}
