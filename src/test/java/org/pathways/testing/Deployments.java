package org.pathways.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.pathways.platform.local.EmbeddedDatabase;

/**
 * The WAR that {@code mvn package} built, as Arquillian deploys it for black-box tests: the same
 * archive as production, with its settings file pointed at the test's database.
 */
public final class Deployments {

  /** The public address of every test deployment: mailed links start here. */
  public static final String PUBLIC_URL = "http://pathways.test";

  private static final String SETTINGS = "/WEB-INF/classes/META-INF/microprofile-config.properties";

  private Deployments() {}

  /**
   * The built platform, using the database at {@code jdbcUrl} with the embedded database's role.
   */
  public static WebArchive pathways(String jdbcUrl) {
    return pathways(jdbcUrl, Map.of());
  }

  /** The same, with more settings. */
  public static WebArchive pathways(String jdbcUrl, Map<String, String> more) {
    Map<String, String> settings = new java.util.LinkedHashMap<>();
    settings.put("pathways.db.url", jdbcUrl);
    settings.put("pathways.db.user", EmbeddedDatabase.USER);
    settings.put("pathways.db.password", EmbeddedDatabase.PASSWORD);
    settings.put("pathways.db.watch-seconds", "1");
    settings.put("pathways.content.dir", System.getProperty("pathways.modules", "modules"));
    // Links in mail come only from the public address; a test that checks them sets its own.
    settings.put("pathways.public-url", PUBLIC_URL);
    // Tests sign teachers up in parallel with the real hash: the hashing gate waits for them rather
    // than refusing (IdentityStormIT sets its own, to see the refusals).
    settings.put("pathways.passwords.threads", "2");
    settings.put("pathways.passwords.queue", "1000");
    settings.put("pathways.passwords.wait-ms", "300000");
    settings.putAll(more);
    return pathways(settings);
  }

  /** The built platform with some settings replaced. */
  public static WebArchive pathways(Map<String, String> settings) {
    File built = new File(System.getProperty("pathways.war", "target/pathways.war"));
    if (!built.isFile()) {
      throw new IllegalStateException(
          "No WAR at " + built + ": integration tests run after `mvn package` (use `mvn verify`).");
    }
    WebArchive war =
        ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(built).as(WebArchive.class);
    StringBuilder properties = new StringBuilder(read(war, SETTINGS)).append('\n');
    settings.forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
    war.delete(SETTINGS);
    war.add(new StringAsset(properties.toString()), SETTINGS);
    return war;
  }

  private static String read(WebArchive war, String path) {
    try (InputStream in = war.get(path).getAsset().openStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
