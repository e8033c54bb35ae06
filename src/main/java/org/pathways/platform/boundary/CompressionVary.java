package org.pathways.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The server compresses HTML, JSON, CSS, JavaScript, SVG, iCalendar and other text over 1 KiB with
 * gzip for clients that accept it (Grizzly's settings in {@code src/main/payara/pre-boot.asadmin}),
 * so every answer says that it depends on {@code Accept-Encoding}: a cache then never hands a
 * compressed copy to a client that did not ask for one.
 */
@WebFilter(filterName = "CompressionVary", urlPatterns = "/*", asyncSupported = true)
public class CompressionVary extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * The {@code Vary} of an API answer that also depends on the reader's language. A JAX-RS answer
   * that sets {@code Vary} replaces this filter's, so it names both.
   */
  public static final String ENCODING_AND_LANGUAGE = "Accept-Encoding, Accept-Language";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.addHeader("Vary", "Accept-Encoding");
    chain.doFilter(request, response);
  }
}
