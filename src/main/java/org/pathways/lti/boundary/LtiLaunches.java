package org.pathways.lti.boundary;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.EnrollmentPolicy;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.boundary.AuditTrail;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.boundary.LinkedSignIns;
import org.pathways.identity.boundary.PageSessions;
import org.pathways.identity.control.OidcArrival;
import org.pathways.identity.control.OidcArrival.Decision;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.Enrollments;
import org.pathways.learning.boundary.LearningLinks;
import org.pathways.lti.control.FramedCookie;
import org.pathways.lti.control.GradeEndpoint;
import org.pathways.lti.control.LaunchCheck;
import org.pathways.lti.control.PlatformKeys;
import org.pathways.lti.entity.DeepLinking;
import org.pathways.lti.entity.LtiAttempt;
import org.pathways.lti.entity.LtiPlatform;
import org.pathways.platform.boundary.PublicSite;
import org.pathways.platform.boundary.Readers;
import org.pathways.platform.control.FrameAncestors;
import org.pathways.platform.entity.Refusal;

/**
 * {@code POST /lti/launch}: takes the browser's login initiation once (its state must match),
 * verifies the id_token's signature with the platform's keys and its claims ({@link LaunchCheck}),
 * then signs in the account linked to the platform's (issuer, sub) or makes one from the token's
 * name and email, enrols it in the course the custom claim {@code course} names, lets that platform
 * frame this session's pages, and opens the course. The platform vouches for the email it sends (an
 * administrator registered it), but an email another account holds is never taken over, and a
 * launch without an email makes no account (every account has one): both are refused.
 */
@ApplicationScoped
public class LtiLaunches {

  static final String PROVIDER = "lti";
  private static final Logger LOG = Logger.getLogger(LtiLaunches.class.getName());

  @Inject LtiPlatforms platforms;
  @Inject LinkedSignIns linked;
  @Inject PageSessions sessions;
  @Inject Accounts accounts;
  @Inject Enrollments enrollments;
  @Inject ContentLibrary library;
  @Inject AuditTrail audit;
  @Inject CurrentCaller current;
  @Inject Clock clock;
  @Inject PublicSite site;
  @Inject LtiGrades grades;

  private final PlatformKeys keys = new PlatformKeys();

  void launch(HttpServletRequest request, HttpServletResponse response, String key) {
    Optional<LtiAttempt> attempt = platforms.take(key, request.getParameter("state"));
    if (attempt.isEmpty()) {
      refuse(
          request,
          response,
          platforms.namedBy(request.getParameter("id_token")).orElse(null),
          "state",
          "unknown, used or expired state");
      return;
    }
    Optional<LtiPlatform> found = platforms.platform(attempt.get().getPlatformId());
    String token = request.getParameter("id_token");
    if (found.isEmpty() || token == null || token.isBlank()) {
      refuse(request, response, null, "token", "no platform or no id_token");
      return;
    }
    LtiPlatform platform = found.get();
    JWTClaimsSet claims;
    try {
      claims = keys.verify(token, platform.getJwksUrl());
    } catch (PlatformKeys.Failure failure) {
      refuse(request, response, platform, "signature", failure.getMessage());
      return;
    }
    Optional<String> problem =
        LaunchCheck.problem(
            claims,
            new LaunchCheck.Expected(
                platform.getIssuer(),
                platform.getClientId(),
                platform.getDeploymentIds(),
                attempt.get().getNonce()),
            clock.instant());
    if (problem.isPresent()) {
      refuse(request, response, platform, problem.get(), "claims");
      return;
    }
    Optional<LaunchCheck.DeepLinkingSettings> deepLinking = LaunchCheck.deepLinking(claims);
    if (deepLinking.isPresent()) {
      DeepLinking asked =
          new DeepLinking(
              platform.getIssuer(),
              platform.getClientId(),
              LaunchCheck.string(claims, LaunchCheck.DEPLOYMENT),
              deepLinking.get().returnUrl(),
              deepLinking.get().data());
      arrive(request, response, platform, claims, null, asked);
      return;
    }
    Optional<Course> course = LaunchCheck.course(claims).flatMap(library::course);
    if (course.isEmpty()) {
      refuse(request, response, platform, "course", "no such course");
      return;
    }
    if (course.get().enrollment() == EnrollmentPolicy.COHORT_CODE) {
      refuse(request, response, platform, "course_closed", "course needs a cohort code");
      return;
    }
    arrive(request, response, platform, claims, course.get(), null);
  }

  private void arrive(
      HttpServletRequest request,
      HttpServletResponse response,
      LtiPlatform platform,
      JWTClaimsSet claims,
      Course course,
      DeepLinking asked) {
    String email = LaunchCheck.string(claims, "email");
    OidcArrival.Claims person =
        new OidcArrival.Claims(
            claims.getSubject(),
            LaunchCheck.string(claims, "name"),
            LaunchCheck.string(claims, "given_name"),
            LaunchCheck.string(claims, "family_name"),
            email,
            email != null);
    Decision decision;
    try {
      // Never linked to whoever this browser is signed in as: the LMS, not the browser, says who.
      decision =
          linked.arrive(
              PROVIDER,
              platform.getIssuer(),
              person,
              Optional.empty(),
              current.address(),
              Readers.pageLanguage(request));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "LTI launch not recorded: {0}", e.getClass().getSimpleName());
      refuse(request, response, platform, "failed", e.getClass().getSimpleName());
      return;
    }
    switch (decision.kind()) {
      case SIGN_IN, CREATE -> {
        if (asked != null) {
          choose(request, response, platform, decision.account(), asked);
        } else {
          open(request, response, platform, decision.account(), course, claims);
        }
      }
      case EMAIL_TAKEN -> refuse(request, response, platform, "email_taken", "email taken");
      default -> refuse(request, response, platform, "no_email", "no email");
    }
  }

  private void open(
      HttpServletRequest request,
      HttpServletResponse response,
      LtiPlatform platform,
      UUID account,
      Course course,
      JWTClaimsSet claims) {
    Optional<Caller> caller = accounts.caller(account);
    if (caller.isEmpty()) {
      refuse(request, response, platform, "failed", "account vanished");
      return;
    }
    try {
      enrollments.enroll(caller.get(), course.slug(), null);
    } catch (Refusal refusal) {
      refuse(request, response, platform, "course_closed", refusal.message().key());
      return;
    }
    rememberGradeLink(platform, account, course, claims);
    signIn(request, response, platform, account);
    audit.record(
        account, "lti.launched", platform.getId().toString(), course.slug(), current.address());
    redirect(request, response, LearningLinks.course(course.slug()));
  }

  /**
   * Where this launch's scores go, when the platform offers a line item; the launch goes on without
   * it when it cannot be kept (grades are a convenience, the course is what the teacher came for).
   */
  private void rememberGradeLink(
      LtiPlatform platform, UUID account, Course course, JWTClaimsSet claims) {
    Optional<String> lineItem = GradeEndpoint.lineItem(claims);
    if (lineItem.isEmpty()) {
      return;
    }
    try {
      grades.remember(
          platform.getId(), account, course.slug(), lineItem.get(), claims.getSubject());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "LTI grade link not kept: {0}", e.getClass().getSimpleName());
    }
  }

  /**
   * A deep linking request: signs in, lets the platform frame the session and receive its form, and
   * shows the catalogue to choose from ({@link DeepLinkPage}).
   */
  private void choose(
      HttpServletRequest request,
      HttpServletResponse response,
      LtiPlatform platform,
      UUID account,
      DeepLinking asked) {
    signIn(request, response, platform, account);
    request.getSession().setAttribute(DeepLinking.SESSION_KEY, asked);
    request
        .getSession()
        .setAttribute(
            FrameAncestors.SESSION_FORM_TARGETS,
            FrameAncestors.value(java.util.List.of(LtiPlatform.origin(asked.returnUrl()))));
    audit.record(account, "lti.deep_linking", platform.getId().toString(), null, current.address());
    redirect(request, response, LtiLinks.deepLinking());
  }

  /** Opens the session as launched from this platform: framed by it, its cookie cross-site. */
  private void signIn(
      HttpServletRequest request,
      HttpServletResponse response,
      LtiPlatform platform,
      UUID account) {
    sessions.open(request, account);
    request
        .getSession()
        .setAttribute(
            FrameAncestors.SESSION_ORIGINS,
            FrameAncestors.value(platform.framingOrigins(request.getHeader("Origin"))));
    if (site.usable() && site.address().https()) {
      crossSiteSessionCookie(request, response);
    }
    audit.record(account, "signin.succeeded", account.toString(), PROVIDER, current.address());
  }

  /**
   * The new session's cookie again, so that it works inside the LMS's frame ({@link FramedCookie}).
   */
  private static void crossSiteSessionCookie(
      HttpServletRequest request, HttpServletResponse response) {
    String name = request.getServletContext().getSessionCookieConfig().getName();
    String cookie = name == null ? "JSESSIONID" : name;
    response.getHeaders("Set-Cookie").stream()
        .map(header -> FramedCookie.crossSite(header, cookie))
        .flatMap(Optional::stream)
        .reduce((first, last) -> last)
        .ifPresent(header -> response.addHeader("Set-Cookie", header));
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      LtiPlatform platform,
      String problem,
      String detail) {
    audit.record(
        null,
        "lti.refused",
        platform == null ? null : platform.getId().toString(),
        problem + ": " + detail,
        current.address());
    redirect(
        request, response, LtiLinks.refused(problem, platform == null ? null : platform.getId()));
  }

  static void redirect(HttpServletRequest request, HttpServletResponse response, String path) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + path);
  }
}
