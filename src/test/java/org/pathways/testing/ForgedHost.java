package org.pathways.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A password-reset link asked for through the page by someone who forges the Host header. */
public final class ForgedHost {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private ForgedHost() {}

  /**
   * Opens the forgot-password page with Host {@code evil.test}, then sends it for {@code email}
   * with these forged headers; answers the page's answer.
   */
  public static Http.Raw askForResetLink(URL base, String email, String... forged) {
    Http.Raw form = Http.raw(base, "GET", "/identity/forgot.xhtml", null, "Host", "evil.test");
    String cookie = form.cookies();
    Matcher viewState = VIEW_STATE.matcher(form.body());
    assertThat(viewState.find()).isTrue();
    String[] headers = Arrays.copyOf(forged, forged.length + 4);
    System.arraycopy(
        new String[] {"Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"},
        0,
        headers,
        forged.length,
        4);
    return Http.raw(
        base,
        "POST",
        "/identity/forgot.xhtml",
        "forgot=forgot&forgot%3Aemail="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&forgot%3Asubmit=Send"
            + "&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8),
        headers);
  }
}
