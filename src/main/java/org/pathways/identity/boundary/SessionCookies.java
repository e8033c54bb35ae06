package org.pathways.identity.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.pathways.platform.boundary.PublicSite;

/**
 * Marks the session cookie Secure when the platform is published over HTTPS ({@code
 * PATHWAYS_PUBLIC_URL} starts with https://), for example behind a TLS-terminating proxy; always
 * HttpOnly. SameSite=Lax comes from glassfish-web.xml: Payara ignores web.xml's cookie attributes.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean https = PublicSite.configured().https();
    var cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    if (https) {
      cookie.setSecure(true);
    }
  }
}
