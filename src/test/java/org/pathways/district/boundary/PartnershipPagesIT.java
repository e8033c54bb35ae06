package org.pathways.district.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.MailedLinks;

/**
 * By keyboard, with the accessibility check on every page: a district contact asks to partner from
 * the home page, staff mark the inquiry partner and invite a district manager, who accepts the
 * mailed invitation and sees only their district and its workshops, one of which they edit.
 */
class PartnershipPagesIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered());
  }

  @Test
  void aDistrictAsksStaffPartnerAndTheInvitedManagerSeesOnlyTheirDistrict() throws Exception {
    String admin = api.token(ADMIN, ADMIN_PASSWORD);
    String name = "Keyboard Springs " + UUID.randomUUID().toString().substring(0, 6);
    String other = "Other Springs " + UUID.randomUUID().toString().substring(0, 6);
    Api.Answer otherInquiry =
        api.call(
            "POST",
            "/api/partnership-inquiries",
            PartnershipsIT.inquiry(other, "o@other.test"),
            null);
    String otherDistrict =
        api.call(
                "PUT",
                "/api/partnership-inquiries/" + otherInquiry.json().getString("id"),
                Api.object("status", "PARTNER"),
                admin)
            .json()
            .getString("districtId");
    Api.Person manager = api.signUp("Mia Manager");

    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/"));
      browser.tabTo("cta-partner");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/partners/index.xhtml"));
      browser.assertAccessible();

      browser.tabTo("inquiry:send");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("Choose at least one grade band."));
      assertThat(driver.getPageSource())
          .contains("Some fields of the inquiry need attention.", "Name the school district.");
      browser.assertAccessible();

      browser.tabTo("inquiry:district");
      browser.type(name);
      browser.tabTo("inquiry:state");
      browser.type("co");
      browser.tabTo("inquiry:contactName");
      browser.type("Dana Contact");
      browser.tabTo("inquiry:contactEmail");
      browser.type("dana@springs.test");
      browser.tabTo("inquiry:contactRole");
      browser.type("CS coordinator");
      browser.tabTo("inquiry:bands:1");
      browser.press(Keys.SPACE);
      browser.tabTo("inquiry:teachers");
      browser.type("35");
      browser.tabTo("inquiry:send");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("your inquiry is sent"));
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
    String inquiry =
        api
            .get("/api/partnership-inquiries?status=NEW&size=100", admin)
            .json()
            .getJsonArray("items")
            .stream()
            .map(i -> i.asJsonObject())
            .filter(i -> i.getString("district").equals(name))
            .findFirst()
            .orElseThrow()
            .getString("id");

    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/identity/sign-in.xhtml"));
      browser.signInHere(ADMIN, ADMIN_PASSWORD);
      browser.openFromManage("manage-inquiries");
      browser.waitFor(d -> d.getCurrentUrl().contains("/partners/inquiries.xhtml"));
      assertThat(driver.getPageSource()).contains(name, "dana@springs.test");
      browser.assertAccessible();
      browser.tabTo("new-status-" + inquiry);
      browser.type("P");
      browser.press(Keys.TAB);
      browser.type("Spoke with Dana");
      browser.press(Keys.TAB);
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("Its district exists"));
      browser.assertAccessible();
      browser.tabTo("district-" + inquiry);
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/districts/district.xhtml"));
      assertThat(driver.getPageSource()).contains(name, "Nobody manages this district yet.");
      browser.assertAccessible();
      browser.tabTo("managers-form:emails");
      browser.type(manager.email());
      browser.tabTo("managers-form:save");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("The district managers are saved"));
      assertThat(driver.findElement(org.openqa.selenium.By.id("invited")).getText())
          .contains(manager.email());
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }

    String district =
        api.get("/api/districts", admin).array().stream()
            .map(d -> d.asJsonObject())
            .filter(d -> d.getString("name").equals(name))
            .findFirst()
            .orElseThrow()
            .getString("id");
    assertThat(
            api.call(
                    "POST",
                    "/api/workshops",
                    DistrictWorkshopsIT.body("Springs day", district),
                    admin)
                .status())
        .isEqualTo(201);
    assertThat(
            api.call(
                    "POST",
                    "/api/workshops",
                    DistrictWorkshopsIT.body("Other day", otherDistrict),
                    admin)
                .status())
        .isEqualTo(201);

    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(
          page(
              "/identity/invitation.xhtml?token="
                  + MailedLinks.invitation(database.dataSource(), manager.email())));
      assertThat(driver.getPageSource()).contains("You are invited to manage the district");
      browser.assertAccessible();
      browser.tabTo("invitation-sign-in");
      browser.press(Keys.ENTER);
      browser.signInHere(manager.email(), manager.password());
      browser.waitFor(d -> d.getCurrentUrl().contains("/identity/invitation.xhtml"));
      browser.tabTo("invitation:accept");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/districts/district.xhtml"));
      assertThat(driver.getPageSource()).contains("you now manage this district", name);
      browser.assertAccessible();
      browser.openFromManage("manage-districts");
      browser.waitFor(d -> d.getCurrentUrl().contains("/districts/index.xhtml"));
      assertThat(driver.getPageSource()).contains(name).doesNotContain(other);
      browser.assertAccessible();

      // The organisers' page lists their district's workshops only, and they edit one.
      browser.openFromManage("manage-workshops");
      browser.waitFor(d -> d.getCurrentUrl().contains("/admin/workshops.xhtml"));
      assertThat(driver.getPageSource()).contains("Springs day").doesNotContain("Other day");
      browser.assertAccessible();
      browser.tabToText("Edit the workshop");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/admin/workshop.xhtml"));
      assertThat(driver.findElement(org.openqa.selenium.By.id("workshop:districtId")).getText())
          .contains(name)
          .doesNotContain(other);
      browser.assertAccessible();
      browser.tabTo("workshop:title");
      browser.press(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      browser.type("Springs day, second edition");
      browser.tabTo("workshop:save");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/workshops/workshop.xhtml?id="));
      assertThat(driver.findElement(org.openqa.selenium.By.tagName("h1")).getText())
          .isEqualTo("Springs day, second edition");
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
  }
}
