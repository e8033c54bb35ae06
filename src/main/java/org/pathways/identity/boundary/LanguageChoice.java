package org.pathways.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.pathways.identity.control.NextPage;
import org.pathways.platform.boundary.PublicSite;
import org.pathways.platform.boundary.ReaderLanguage;
import org.pathways.platform.control.Languages;

/**
 * The language switch in every page's header: a POST (never a GET: it changes what the reader sees
 * from then on) with {@code lang} and the page to go {@code back} to; the choice is kept in a
 * cookie for a year, for visitors and signed-in teachers alike, and in a signed-in teacher's
 * profile; the reader returns to the same page, now in that language. An unknown language is
 * refused with 400; a {@code back} that is not a path of this site goes to the home page.
 */
@WebServlet(name = "LanguageChoice", urlPatterns = "/language")
public class LanguageChoice extends HttpServlet {

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Inject CurrentCaller current;
  @Inject Accounts accounts;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Locale> language = Languages.of(request.getParameter("lang"));
    if (language.isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (current.get().signedIn()) {
      // A signed-in teacher's choice follows them to every browser, mails and documents.
      accounts.prefer(current.get().id(), language.get().getLanguage(), null);
    }
    Cookie cookie = new Cookie(ReaderLanguage.COOKIE, language.get().toLanguageTag());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    cookie.setSecure(request.isSecure() || PublicSite.configured().https());
    response.addCookie(cookie);
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location", request.getContextPath() + NextPage.safe(request.getParameter("back"), "/"));
  }
}
