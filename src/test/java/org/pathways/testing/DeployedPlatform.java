package org.pathways.testing;

import java.io.IOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathways.platform.local.EmbeddedDatabase;

/**
 * An integration test of the built platform, deployed once per test class by Arquillian on its own
 * temporary database. Each test waits until the platform is ready and calls it through {@link
 * #api}.
 *
 * <p>A test class declares its deployment in one line, {@code @Deployment(testable = false) static
 * WebArchive platform() throws IOException { return deploy(administered()); }}: Arquillian does
 * find a {@code @Deployment} method inherited from a superclass, but a static method shared by
 * every subclass cannot know which settings the class being run needs. A feature whose test classes
 * share their settings puts that line in its fixtures class, which they extend.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedPlatform {

  /** The first administrator of every test deployment that has one. */
  public static final String ADMIN = "admin@pathways.test";

  public static final String ADMIN_PASSWORD = "a long admin passphrase";

  /** The database of the class being run; {@link #deploy} starts it, the class's end stops it. */
  protected static EmbeddedDatabase database;

  @ArquillianResource protected URL base;

  protected Api api;

  /** The built platform on a new temporary database, with the settings of every test. */
  protected static WebArchive deploy() throws IOException {
    return deploy(Map.of());
  }

  /** The built platform on a new temporary database, with these settings on top of the tests'. */
  protected static WebArchive deploy(Map<String, String> settings) throws IOException {
    database = TestDatabases.temporary();
    return Deployments.pathways(database.jdbcUrl(), settings);
  }

  /**
   * The settings of a platform with the first administrator, behind a trusted proxy (so that {@link
   * Api} calls come from many addresses), and these more settings as name, value pairs.
   */
  protected static Map<String, String> administered(String... more) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("pathways.admin.email", ADMIN);
    settings.put("pathways.admin.password", ADMIN_PASSWORD);
    settings.put("pathways.proxy.trusted", "true");
    for (int i = 0; i + 1 < more.length; i += 2) {
      settings.put(more[i], more[i + 1]);
    }
    return settings;
  }

  @AfterAll
  protected static void stopDatabase() throws IOException {
    if (database != null) {
      database.close();
      database = null;
    }
  }

  @BeforeEach
  protected void awaitPlatform() {
    Http.awaitReady(base);
    api = new Api(base);
  }

  /** The pages as this person sees them, signed in through the sign-in page (no browser). */
  protected PageSession pagesOf(Api.Person person) {
    return PageSession.signIn(base, person.email(), person.password());
  }

  /** Signs this person in on the sign-in page of this browser, by keyboard. */
  protected void signedIn(Browser browser, Api.Person person) {
    browser.driver().get(page("/identity/sign-in.xhtml"));
    browser.signInHere(person.email(), person.password());
  }

  /** The address of a page of the platform, for a browser. */
  protected String page(String path) {
    return Http.serverRoot(base, path).toString();
  }
}
