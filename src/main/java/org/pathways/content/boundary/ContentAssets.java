package org.pathways.content.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pathways.content.entity.Course;

/**
 * Serves the files of a package's {@code assets/} folder from the version in memory, at {@code
 * /assets/<course>/<hash>/<path>}. The hash in the address makes the file immutable, so it is
 * cached for a year: on a slow school network a picture is fetched once.
 */
@WebServlet(name = "ContentAssets", urlPatterns = "/assets/*")
public class ContentAssets extends HttpServlet {

  private static final String IMMUTABLE = "public, max-age=31536000, immutable";

  @Inject ContentLibrary library;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Course.Asset> asset = find(request.getPathInfo());
    if (asset.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Course.Asset found = asset.get();
    String etag = "\"" + found.hash() + "\"";
    boolean current = request.getPathInfo().contains("/" + found.hash().substring(0, 12) + "/");
    response.setHeader("Cache-Control", current ? IMMUTABLE : "no-cache");
    response.setHeader("ETag", etag);
    if (found.contentType().equals("image/svg+xml")) {
      response.setHeader(
          "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    }
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(found.contentType());
    response.setContentLength(found.bytes().length);
    response.getOutputStream().write(found.bytes());
  }

  /** {@code /<course>/<hash>/<path>}; an old hash still finds the current file, uncached. */
  private Optional<Course.Asset> find(String pathInfo) {
    if (pathInfo == null) {
      return Optional.empty();
    }
    String[] parts = pathInfo.split("/", 4);
    if (parts.length != 4 || parts[3].isEmpty()) {
      return Optional.empty();
    }
    String path = URLDecoder.decode(parts[3].replace("+", "%2B"), StandardCharsets.UTF_8);
    return library
        .course(parts[1])
        .flatMap(course -> Optional.ofNullable(course.assets().get(path)));
  }
}
