package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

  private static final String PASSWORD = "a shared secret of some length";

  @Test
  void withoutDiscoveryTheInstanceRunsAloneWithoutAGrid() {
    ClusterSettings settings = ClusterSettings.from(Map.of(ClusterSettings.DISCOVERY, "  "));

    assertThat(settings.on()).isFalse();
    assertThat(settings.problem()).isEmpty();
    assertThat(settings.payaraOptions()).containsExactly("--nohazelcast");
    assertThat(settings.jvmOptions()).isEmpty();
    assertThat(settings.gridName()).isEmpty();
  }

  @Test
  void aMemberListBecomesTheClusterModeWithTheNameHashedWithThePassword() {
    ClusterSettings settings =
        ClusterSettings.from(
            Map.of(
                ClusterSettings.DISCOVERY,
                "tcpip:10.0.0.1:6900,10.0.0.2:6900",
                ClusterSettings.PASSWORD,
                PASSWORD));

    assertThat(settings.problem()).isEmpty();
    assertThat(settings.gridName()).contains(ClusterSettings.gridName("pathways", PASSWORD));
    assertThat(settings.payaraOptions())
        .containsExactly(
            "--clustermode",
            "tcpip:10.0.0.1:6900,10.0.0.2:6900",
            "--clustername",
            settings.gridName().orElseThrow(),
            "--startport",
            "6900");
    assertThat(settings.jvmOptions())
        .containsExactly(
            "-Dhazelcast.max.no.heartbeat.seconds=15",
            "-Dhazelcast.heartbeat.interval.seconds=2",
            "-Dhazelcast.merge.first.run.delay.seconds=10",
            "-Dhazelcast.merge.next.run.delay.seconds=10");
  }

  @Test
  void theGridNameIsTheNameAndSixteenHexDigitsOfTheHashOfNameAndPassword() {
    // printf '%s' 'pathways:a shared secret of some length' | sha256sum | cut -c1-16
    assertThat(ClusterSettings.gridName("pathways", PASSWORD)).matches("pathways-[0-9a-f]{16}");
    assertThat(ClusterSettings.gridName("pathways", PASSWORD))
        .isEqualTo(ClusterSettings.gridName("pathways", PASSWORD))
        .isNotEqualTo(ClusterSettings.gridName("pathways", PASSWORD + "!"))
        .isNotEqualTo(ClusterSettings.gridName("staging", PASSWORD).replace("staging", "pathways"));
  }

  @Test
  void theShownNameLeavesOutThePartThatComesFromThePassword() {
    assertThat(ClusterSettings.shownName(ClusterSettings.gridName("staging", PASSWORD)))
        .isEqualTo("staging");
    assertThat(ClusterSettings.shownName("pathways")).isEqualTo("pathways");
  }

  @Test
  void interfacesPortAndPublicAddressArePassedOn() {
    ClusterSettings settings =
        ClusterSettings.from(
            Map.of(
                ClusterSettings.DISCOVERY, "dns:pathways-grid.default.svc.cluster.local:6900",
                ClusterSettings.NAME, "staging",
                ClusterSettings.PASSWORD, PASSWORD,
                ClusterSettings.INTERFACES, "10.0.1.*",
                ClusterSettings.PORT, "5900",
                ClusterSettings.PUBLIC_ADDRESS, "203.0.113.7:5900"));

    assertThat(settings.problem()).isEmpty();
    assertThat(settings.payaraOptions())
        .containsSubsequence("--clustername", ClusterSettings.gridName("staging", PASSWORD))
        .containsSubsequence("--startport", "5900")
        .containsSubsequence("--interfaces", "10.0.1.*")
        .containsSubsequence("--hzpublicaddress", "203.0.113.7:5900");
  }

  @Test
  void multicastIsRefusedNamingTheSettingAndWhatToUseInstead() {
    assertThat(problem(ClusterSettings.DISCOVERY, "multicast:224.2.2.4:2904"))
        .contains(ClusterSettings.DISCOVERY, "multicast", "tcpip:", "dns:");
  }

  @Test
  void anUnknownDiscoveryIsRefused() {
    assertThat(problem(ClusterSettings.DISCOVERY, "kubernetes")).contains("tcpip:", "dns:");
    assertThat(problem(ClusterSettings.DISCOVERY, "tcpip:")).contains(ClusterSettings.DISCOVERY);
    assertThat(problem(ClusterSettings.DISCOVERY, "tcpip:a b")).contains(ClusterSettings.DISCOVERY);
  }

  @Test
  void aGridWithoutAPasswordIsRefused() {
    ClusterSettings settings =
        ClusterSettings.from(Map.of(ClusterSettings.DISCOVERY, "tcpip:127.0.0.1:6900"));

    assertThat(settings.problem())
        .hasValueSatisfying(m -> assertThat(m).contains(ClusterSettings.PASSWORD, "16"));
  }

  @Test
  void aShortPasswordIsRefusedWithoutRepeatingIt() {
    String problem = problem(ClusterSettings.PASSWORD, "fifteen chars!!");

    assertThat(problem).contains(ClusterSettings.PASSWORD, "16").doesNotContain("fifteen chars!!");
  }

  @Test
  void aBadNameOrPortIsRefusedNamingTheSetting() {
    assertThat(problem(ClusterSettings.NAME, "my grid")).contains(ClusterSettings.NAME);
    assertThat(problem(ClusterSettings.PORT, "69000")).contains(ClusterSettings.PORT);
    assertThat(problem(ClusterSettings.PORT, "grid")).contains(ClusterSettings.PORT);
  }

  @Test
  void theDescriptionNeverHoldsThePassword() {
    ClusterSettings settings =
        ClusterSettings.from(
            Map.of(
                ClusterSettings.DISCOVERY,
                "tcpip:127.0.0.1:6900",
                ClusterSettings.PASSWORD,
                PASSWORD));

    assertThat(settings.describe()).contains("tcpip:127.0.0.1:6900").doesNotContain(PASSWORD);
    assertThat(settings.toString()).doesNotContain(PASSWORD);
  }

  @Test
  void theImagesStartScriptMakesTheSameOptions() throws Exception {
    List<Map<String, String>> environments =
        List.of(
            Map.of(),
            Map.of(
                ClusterSettings.DISCOVERY,
                "tcpip:10.0.0.1:6900,10.0.0.2:6900",
                ClusterSettings.PASSWORD,
                PASSWORD),
            Map.of(
                ClusterSettings.DISCOVERY, " dns:pathways-grid:6900 ",
                ClusterSettings.NAME, "staging",
                ClusterSettings.PASSWORD, "Zx9!long-enough-password-with-$-and-'quotes'",
                ClusterSettings.INTERFACES, "10.0.1.*",
                ClusterSettings.PORT, "5900",
                ClusterSettings.PUBLIC_ADDRESS, "203.0.113.7:5900"));
    for (Map<String, String> env : environments) {
      ClusterSettings settings = ClusterSettings.from(env);
      List<String> expected = new ArrayList<>(settings.jvmOptions());
      expected.addAll(settings.payaraOptions());

      Script printed = startScript(env);

      assertThat(printed.exit()).as(printed.output()).isZero();
      assertThat(printed.output().lines().toList()).as(env.toString()).isEqualTo(expected);
    }
  }

  @Test
  void theImagesStartScriptRefusesWhatTheSettingsRefuse() throws Exception {
    List<Map<String, String>> environments =
        List.of(
            Map.of(ClusterSettings.DISCOVERY, "multicast:224.2.2.4:2904"),
            Map.of(ClusterSettings.DISCOVERY, "tcpip:127.0.0.1:6900"),
            Map.of(
                ClusterSettings.DISCOVERY, "tcpip:127.0.0.1:6900",
                ClusterSettings.PASSWORD, "too short"),
            Map.of(
                ClusterSettings.DISCOVERY, "tcpip:127.0.0.1:6900",
                ClusterSettings.PASSWORD, PASSWORD,
                ClusterSettings.PORT, "0"));
    for (Map<String, String> env : environments) {
      String problem = ClusterSettings.from(env).problem().orElseThrow();

      Script printed = startScript(env);

      assertThat(printed.exit()).as(env.toString()).isEqualTo(2);
      assertThat(printed.output()).isEqualTo("Cannot start: " + problem + "\n");
    }
  }

  private static String problem(String setting, String value) {
    Map<String, String> env =
        new java.util.HashMap<>(
            Map.of(
                ClusterSettings.DISCOVERY,
                "tcpip:127.0.0.1:6900",
                ClusterSettings.PASSWORD,
                PASSWORD));
    env.put(setting, value);
    return ClusterSettings.from(env).problem().orElseThrow();
  }

  private record Script(int exit, String output) {}

  private static Script startScript(Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("sh", Path.of("deploy/start.sh").toString(), "--print-options")
            .redirectErrorStream(true);
    builder.environment().keySet().removeIf(key -> key.startsWith("PATHWAYS_CLUSTER_"));
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Script(process.exitValue(), output);
  }
}
