package org.pathways.platform.boundary;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** The cookies a request carries, read by name. */
public final class Cookies {

  private Cookies() {}

  /** The value of the last cookie of this name the request carries; null when it has none. */
  public static String value(HttpServletRequest request, String name) {
    String value = null;
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (name.equals(cookie.getName())) {
          value = cookie.getValue();
        }
      }
    }
    return value;
  }
}
