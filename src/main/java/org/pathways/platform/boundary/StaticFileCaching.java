package org.pathways.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import org.pathways.platform.control.StaticFile;

/**
 * How long browsers and proxies keep the files under {@code resources/}: a year, as immutable, at
 * an address that carries the hash of the current content ({@link VersionedResources} writes such
 * addresses into every page); otherwise they revalidate at each use (a 304 while the file is
 * unchanged). This filter alone decides: what Faces would say about expiry is left out.
 */
@WebFilter(
    filterName = "StaticFileCaching",
    urlPatterns = {"/jakarta.faces.resource/*", "/resources/*"},
    asyncSupported = true)
public class StaticFileCaching extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<StaticFile> file =
        StaticFile.of(
            request.getRequestURI().substring(request.getContextPath().length()),
            request.getParameter("ln"),
            request.getParameter(StaticFile.VERSION));
    if (file.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader(
        "Cache-Control",
        file.get()
            .cacheControl(StaticFileVersions.current(getServletContext(), file.get().path())));
    chain.doFilter(request, new OwnExpiry(response));
  }

  /** A response on which nobody else sets how long it may be kept. */
  private static final class OwnExpiry extends HttpServletResponseWrapper {
    OwnExpiry(HttpServletResponse response) {
      super(response);
    }

    private static boolean expiry(String name) {
      return "Cache-Control".equalsIgnoreCase(name)
          || "Expires".equalsIgnoreCase(name)
          || "Pragma".equalsIgnoreCase(name);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!expiry(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!expiry(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!expiry(name)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!expiry(name)) {
        super.addDateHeader(name, date);
      }
    }
  }
}
