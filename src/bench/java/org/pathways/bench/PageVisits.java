package org.pathways.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * The Faces pages a teacher uses, requested as a browser does (HTML, gzip accepted, the page
 * session's cookie, which Gatling keeps per teacher): signing in through the sign-in page once,
 * then the course page and the step page in every visit, each measured as its own kind of request.
 * Only the page itself is fetched: its stylesheet and scripts are cached by browsers for a year.
 */
final class PageVisits {

  private static final String HTML = "text/html,application/xhtml+xml";

  private PageVisits() {}

  /** Signs in through the sign-in page with the session's {@code email} and {@code password}. */
  static ChainBuilder signIn() {
    return exec(page("sign-in page", "/identity/sign-in.xhtml")
            .check(
                regex("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .saveAs("viewState")))
        .exec(
            http("sign in (page)")
                .post("/identity/sign-in.xhtml")
                .header("Accept", HTML)
                .formParam("sign-in", "sign-in")
                .formParam("sign-in:email", "#{email}")
                .formParam("sign-in:password", "#{password}")
                .formParam("sign-in:submit", "Sign in")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .disableFollowRedirect()
                .check(status().is(302)));
  }

  /** The course page of {@code course}, as its enrolled teacher sees it. */
  static ChainBuilder coursePage(String course) {
    return exec(page("course page (HTML)", "/learning/course.xhtml?slug=" + course));
  }

  /** The step page of the session's {@code stepKey}. */
  static ChainBuilder stepPage(String course) {
    return exec(
        page("step page (HTML)", "/learning/step.xhtml?course=" + course + "&step=#{stepKey}"));
  }

  private static io.gatling.javaapi.http.HttpRequestActionBuilder page(String name, String path) {
    return http(name)
        .get(path)
        .header("Accept", HTML)
        .header("Accept-Encoding", "gzip, deflate")
        .check(status().is(200));
  }
}
