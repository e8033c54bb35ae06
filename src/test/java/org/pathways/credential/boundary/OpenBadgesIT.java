package org.pathways.credential.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.Step;
import org.pathways.credential.control.OpenBadgesSchema;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.ShippedContent;
import org.pathways.testing.Workshops;

/**
 * Open Badges 3.0 credentials end to end: a teacher completes a course and gets its credential as a
 * VC-JWT and as JSON (checked against the schema, the signature checked with plain JDK crypto and
 * the published JWKS, not with the library that signed it); nobody else gets it until the holder
 * makes it public; an administrator revokes and the status list, the API and the page say so; a key
 * rotation leaves earlier credentials verifiable.
 */
class OpenBadgesIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered());
  }

  /** A teacher's completed course: its enrolment and certificate code. */
  record Completed(Api.Person teacher, String enrollment, String code) {}

  Completed completedCourse(String name) {
    Api.Person teacher = api.signUp(name);
    var enrolled =
        api.call(
            "POST", "/api/enrollments", Api.object("course", ShippedContent.K5), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    String enrollment = enrolled.text("id");
    for (CourseModule module : ShippedContent.course(ShippedContent.K5).modules()) {
      for (Step step : module.steps()) {
        var done = api.completeStep(teacher, enrollment, step);
        assertThat(done.status()).as(step.key() + ": " + done.body()).isIn(200, 201);
      }
    }
    var certificate = api.get("/api/enrollments/" + enrollment + "/certificate", teacher.token());
    assertThat(certificate.status()).as(certificate.body()).isEqualTo(200);
    return new Completed(teacher, enrollment, certificate.text("code"));
  }

  Api.Answer credential(String code, String token, String accept) {
    return accept == null
        ? api.call("GET", "/api/certificates/" + code + "/credential", null, token, "Accept", "*/*")
        : api.call(
            "GET", "/api/certificates/" + code + "/credential", null, token, "Accept", accept);
  }

  JsonObject jwks() {
    var keys = api.get("/api/issuer/jwks", null);
    assertThat(keys.status()).isEqualTo(200);
    return keys.json();
  }

  @Test
  void theHolderGetsASignedCredentialAndItsJsonThatMeetTheSchema() {
    Completed done = completedCourse("Bea Badge");

    var jwt = credential(done.code(), done.teacher().token(), null);
    var json = credential(done.code(), done.teacher().token(), "application/json");

    assertThat(jwt.status()).as(jwt.body()).isEqualTo(200);
    assertThat(jwt.header("Content-Type")).startsWith("application/vc+jwt");
    assertThat(jwt.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"pathways-" + done.code() + ".jwt\"");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.header("Content-Type")).startsWith("application/json");
    assertThat(OpenBadgesSchema.problems(json.body())).isEmpty();

    JsonObject header = part(jwt.body(), 0);
    JsonObject claims = part(jwt.body(), 1);
    assertThat(header.getString("alg")).isEqualTo("ES256");
    assertThat(header.getString("typ")).isEqualTo("JWT");
    assertThat(verifies(jwt.body(), jwks())).isTrue();
    assertThat(verifies(tampered(jwt.body()), jwks())).isFalse();
    JsonObject vc = claims.getJsonObject("vc");
    assertThat(OpenBadgesSchema.problems(vc.toString())).isEmpty();
    assertThat(vc).isEqualTo(json.json());
    assertThat(claims.getString("iss"))
        .isEqualTo(vc.getJsonObject("issuer").getString("id"))
        .isEqualTo("http://pathways.test/api/issuer");
    assertThat(claims.getString("jti")).isEqualTo(vc.getString("id")).startsWith("urn:uuid:");
    assertThat(claims.getString("sub"))
        .isEqualTo(vc.getJsonObject("credentialSubject").getString("id"));
    assertThat(claims.getJsonNumber("nbf").longValue()).isPositive();
    assertThat(claims.getJsonNumber("iat").longValue())
        .isGreaterThanOrEqualTo(claims.getJsonNumber("nbf").longValue());
    assertThat(jwt.body() + json.body()).doesNotContainIgnoringCase(done.teacher().email());
    JsonObject achievement = vc.getJsonObject("credentialSubject").getJsonObject("achievement");
    assertThat(achievement.getString("id")).contains("/learning/course.xhtml?slug=k5");
    assertThat(
            vc.getJsonObject("credentialSubject")
                .getJsonArray("result")
                .getJsonObject(0)
                .getString("value"))
        .isEqualTo(
            ShippedContent.course(ShippedContent.K5)
                .pdHours()
                .stripTrailingZeros()
                .toPlainString());
    assertThat(credential(done.code(), done.teacher().token(), "application/json").json())
        .as("the same credential each time")
        .isEqualTo(json.json());
    var issuer = api.get("/api/issuer", null);
    assertThat(issuer.json().getString("id")).isEqualTo("http://pathways.test/api/issuer");
    assertThat(issuer.json().getJsonArray("type").getString(0)).isEqualTo("Profile");
    assertThat(issuer.json().getString("name")).isEqualTo("Pathways");
  }

  @Test
  void aWorkshopCertificateIsACredentialTooWithItsAttendedHours() {
    String admin = api.token(ADMIN, ADMIN_PASSWORD);
    Instant soon = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
    var created =
        api.call(
            "POST",
            "/api/workshops",
            Workshops.elementaryOneDay(
                "Badge day",
                5,
                "sessions",
                Workshops.sessions(soon, soon.plus(Duration.ofHours(6))),
                "location",
                Workshops.denverHall("Badge hall"),
                "registrationCloses",
                soon.plus(Duration.ofHours(1)).toString()),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().getString("id");
    String attendanceCode =
        api.get("/api/workshops/" + id, admin)
            .json()
            .getJsonArray("sessions")
            .getJsonObject(0)
            .getString("attendanceCode");
    Api.Person teacher = api.signUp("Wren Workshop");
    var registered =
        api.call("POST", "/api/workshops/" + id + "/registrations", "", teacher.token());
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    var checkedIn =
        api.call(
            "POST",
            "/api/workshops/" + id + "/attendance",
            Api.object("code", attendanceCode),
            teacher.token());
    assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
    String code = checkedIn.json().getString("certificate");

    var json = credential(code, teacher.token(), "application/json");
    var jwt = credential(code, teacher.token(), null);

    assertThat(json.status()).as(json.body()).isEqualTo(200);
    assertThat(OpenBadgesSchema.problems(json.body())).isEmpty();
    assertThat(verifies(jwt.body(), jwks())).isTrue();
    JsonObject subject = json.json().getJsonObject("credentialSubject");
    assertThat(subject.getJsonObject("achievement").getString("id"))
        .isEqualTo("http://pathways.test/workshops/workshop.xhtml?id=" + id);
    assertThat(subject.getJsonArray("result").getJsonObject(0).getString("value")).isEqualTo("6");
    assertThat(
            subject
                .getJsonObject("achievement")
                .getJsonArray("alignment")
                .getJsonObject(0)
                .getString("targetCode"))
        .isEqualTo("elementary/phase-1");
    assertThat(credential(code, api.signUp("Nosy Neighbour").token(), null).status())
        .isEqualTo(404);
  }

  @Test
  void othersGetNotFoundUntilTheHolderMakesTheCredentialPublic() {
    Completed done = completedCourse("Pia Private");
    Api.Person other = api.signUp("Otto Other");
    String visibility = "/api/certificates/" + done.code() + "/credential/visibility";

    assertThat(credential(done.code(), other.token(), null).status()).isEqualTo(404);
    assertThat(credential(done.code(), null, null).status()).isEqualTo(404);
    assertThat(credential("PW-AAAA-BBBB-CCCC", done.teacher().token(), null).status())
        .as("an unknown code looks the same as a private one")
        .isEqualTo(404);
    assertThat(
            api.call("PUT", visibility, Api.object("public", JsonValue.TRUE), other.token())
                .status())
        .isEqualTo(404);
    assertThat(api.call("PUT", visibility, "{}", done.teacher().token()).status()).isEqualTo(400);

    var shown =
        api.call("PUT", visibility, Api.object("public", JsonValue.TRUE), done.teacher().token());

    assertThat(shown.status()).as(shown.body()).isEqualTo(200);
    assertThat(shown.json().getBoolean("public")).isTrue();
    assertThat(credential(done.code(), other.token(), null).status()).isEqualTo(200);
    assertThat(credential(done.code(), null, "application/json").status()).isEqualTo(200);

    api.call("PUT", visibility, Api.object("public", JsonValue.FALSE), done.teacher().token());
    assertThat(credential(done.code(), null, null).status()).isEqualTo(404);
  }

  @Test
  void anAdministratorRevokesAndTheStatusListTheApiAndThePageSaySo() throws Exception {
    Completed revoked = completedCourse("Rex Revoked");
    Completed kept = completedCourse("Kim Kept");
    String admin = api.token(ADMIN, ADMIN_PASSWORD);
    String revocation = "/api/admin/certificates/" + revoked.code() + "/revocation";
    String reason = "Completed on behalf of another teacher.";

    assertThat(
            api.call("POST", revocation, Api.object("reason", reason), revoked.teacher().token())
                .status())
        .isEqualTo(403);
    assertThat(api.call("POST", revocation, Api.object("reason", " "), admin).status())
        .isEqualTo(400);
    assertThat(bit(revoked)).isFalse();

    var done = api.call("POST", revocation, Api.object("reason", reason), admin);

    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(bit(revoked)).isTrue();
    assertThat(bit(kept)).isFalse();
    JsonObject verified = api.get("/api/certificates/" + revoked.code(), null).json();
    assertThat(verified.getBoolean("valid")).isFalse();
    assertThat(verified.getBoolean("revoked")).isTrue();
    assertThat(verified.getString("revokedOn")).isNotBlank();
    assertThat(verified.getString("revocationReason")).isEqualTo(reason);
    assertThat(verified.getString("name")).isEqualTo("Rex Revoked");
    assertThat(api.get("/api/certificates/" + kept.code(), null).json().getBoolean("revoked"))
        .isFalse();
    String page =
        Http.get(Http.serverRoot(base, "/certificates/verify.xhtml?code=" + revoked.code())).body();
    assertThat(page).contains("This certificate was revoked", "Revoked on ", reason);
  }

  @Test
  void afterARotationEarlierCredentialsStillVerifyAndNewOnesCarryTheNewKid() {
    Completed done = completedCourse("Rory Rotation");
    String admin = api.token(ADMIN, ADMIN_PASSWORD);
    String before = credential(done.code(), done.teacher().token(), null).body();

    assertThat(
            api.call("POST", "/api/admin/issuer/key-rotation", null, done.teacher().token())
                .status())
        .isEqualTo(403);
    var rotated = api.call("POST", "/api/admin/issuer/key-rotation", null, admin);
    String after = credential(done.code(), done.teacher().token(), null).body();

    assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
    String newKid = rotated.json().getString("kid");
    assertThat(part(after, 0).getString("kid")).isEqualTo(newKid);
    assertThat(part(before, 0).getString("kid")).isNotEqualTo(newKid);
    JsonObject keys = jwks();
    assertThat(verifies(before, keys)).isTrue();
    assertThat(verifies(after, keys)).isTrue();
    assertThat(keys.toString()).doesNotContain("\"d\"");
  }

  @Test
  void theHolderDownloadsTheCredentialAndMakesItPublicByKeyboard() throws Exception {
    Completed done = completedCourse("Kai Keys");
    Path downloads = Files.createTempDirectory("pathways-credentials-");
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      browser.downloadsTo(downloads);
      signedIn(browser, done.teacher());
      driver.get(page("/learning/certificate.xhtml?enrollment=" + done.enrollment()));
      assertThat(driver.findElement(By.id("wallet-title")).getText())
          .isEqualTo("Add to your wallet");
      assertThat(driver.findElement(By.id("wallet-state")).getText()).contains("private");
      browser.assertAccessible();
      browser.assertNoCspViolations();

      browser.tabTo("wallet-jwt");
      browser.press(Keys.ENTER);
      Path file = downloads.resolve("pathways-" + done.code() + ".jwt");
      browser.waitFor(d -> Files.exists(file));
      assertThat(verifies(Files.readString(file).strip(), jwks())).isTrue();

      browser.tabTo("wallet:make-public");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> !d.findElements(By.id("wallet:make-private")).isEmpty());
      assertThat(driver.findElement(By.id("wallet-state")).getText()).contains("public");
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
    assertThat(credential(done.code(), null, null).status()).isEqualTo(200);
  }

  @Test
  void anAdministratorRevokesOnTheVerificationPageByKeyboard() throws Exception {
    Completed done = completedCourse("Vic Verify");
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/certificates/verify.xhtml?code=" + done.code()));
      assertThat(driver.findElements(By.id("revoke:reason")))
          .as("no revocation form for the public")
          .isEmpty();
      browser.driver().get(page("/identity/sign-in.xhtml"));
      browser.signInHere(ADMIN, ADMIN_PASSWORD);
      driver.get(page("/certificates/verify.xhtml?code=" + done.code()));
      browser.assertAccessible();

      browser.tabTo("revoke:revoke-button");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> !d.findElements(By.cssSelector(".field__error")).isEmpty());
      browser.tabTo("revoke:reason");
      browser.type("Issued by mistake.");
      browser.tabTo("revoke:revoke-button");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> !d.findElements(By.id("revoked-why")).isEmpty());

      assertThat(driver.findElement(By.id("revoked-title")).getText())
          .isEqualTo("This certificate was revoked");
      assertThat(driver.findElement(By.id("revoked-why")).getText())
          .startsWith("Revoked on ")
          .endsWith(": Issued by mistake.");
      assertThat(driver.findElements(By.id("revoke:reason"))).isEmpty();
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
    assertThat(bit(done)).isTrue();
  }

  /** Whether the certificate's bit is set in its signed status list (the signature checked). */
  boolean bit(Completed done) throws IOException {
    JsonObject status =
        credential(done.code(), done.teacher().token(), "application/json")
            .json()
            .getJsonObject("credentialStatus");
    assertThat(status.getString("type")).isEqualTo("BitstringStatusListEntry");
    var list = api.get(URI.create(status.getString("statusListCredential")).getPath(), null);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(verifies(list.body(), jwks())).isTrue();
    String encoded =
        part(list.body(), 1)
            .getJsonObject("vc")
            .getJsonObject("credentialSubject")
            .getString("encodedList");
    byte[] bits =
        new GZIPInputStream(
                new java.io.ByteArrayInputStream(
                    Base64.getUrlDecoder().decode(encoded.substring(1))))
            .readAllBytes();
    int index = Integer.parseInt(status.getString("statusListIndex"));
    return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
  }

  static JsonObject part(String jwt, int part) {
    return Json.createReader(
            new StringReader(
                new String(
                    Base64.getUrlDecoder().decode(jwt.split("\\.")[part]), StandardCharsets.UTF_8)))
        .readObject();
  }

  static String tampered(String jwt) {
    String[] parts = jwt.split("\\.");
    String claims =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"vc\"", "\"vc\" ")
            .replace("12", "13");
    return parts[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }

  /**
   * Checks an ES256 JWS with the JDK alone: the key from the JWK set by kid, the 64-byte JOSE
   * signature (R then S) turned into the DER sequence that SHA256withECDSA reads.
   */
  static boolean verifies(String jwt, JsonObject jwks) {
    try {
      String[] parts = jwt.split("\\.");
      String kid = part(jwt, 0).getString("kid");
      JsonObject jwk =
          jwks.getJsonArray("keys").stream()
              .map(JsonValue::asJsonObject)
              .filter(k -> kid.equals(k.getString("kid")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no published key " + kid));
      assertThat(jwk.getString("kty")).isEqualTo("EC");
      assertThat(jwk.getString("crv")).isEqualTo("P-256");
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec("secp256r1"));
      ECPoint point =
          new ECPoint(
              new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("x"))),
              new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("y"))));
      PublicKey key =
          KeyFactory.getInstance("EC")
              .generatePublic(
                  new ECPublicKeySpec(point, parameters.getParameterSpec(ECParameterSpec.class)));
      Signature signature = Signature.getInstance("SHA256withECDSA");
      signature.initVerify(key);
      signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      byte[] jose = Base64.getUrlDecoder().decode(parts[2]);
      assertThat(jose).hasSize(64);
      return signature.verify(der(jose));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] der(byte[] jose) {
    byte[] r = integer(Arrays.copyOfRange(jose, 0, 32));
    byte[] s = integer(Arrays.copyOfRange(jose, 32, 64));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x30);
    out.write(r.length + s.length);
    out.writeBytes(r);
    out.writeBytes(s);
    return out.toByteArray();
  }

  /** A DER INTEGER of this unsigned big-endian value. */
  static byte[] integer(byte[] value) {
    int start = 0;
    while (start < value.length - 1 && value[start] == 0) {
      start++;
    }
    boolean pad = (value[start] & 0x80) != 0;
    int length = value.length - start + (pad ? 1 : 0);
    byte[] out = new byte[2 + length];
    out[0] = 0x02;
    out[1] = (byte) length;
    System.arraycopy(value, start, out, 2 + (pad ? 1 : 0), value.length - start);
    return out;
  }
}
