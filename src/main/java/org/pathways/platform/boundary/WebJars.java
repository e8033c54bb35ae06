package org.pathways.platform.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.Optional;
import org.pathways.platform.control.WebJarFile;
import org.webjars.WebJarVersionLocator;

/**
 * Serves the files of any webjar in the WAR at {@code /webjars/NAME/PATH}, so that pages do not
 * name its version: {@code /webjars/leaflet/dist/leaflet.js} is the file of the Leaflet webjar that
 * the build ships. The versioned address ({@code /webjars/leaflet/1.9.4/dist/leaflet.js}) still
 * answers, cached as immutable; the version-less one is revalidated at each use (a 304 while the
 * version stays), as its content changes when the webjar is upgraded. See {@link WebJarFile}.
 */
@WebServlet(name = "WebJars", urlPatterns = "/webjars/*")
public class WebJars extends HttpServlet {

  private final transient WebJarVersionLocator locator = new WebJarVersionLocator();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<WebJarFile> file = WebJarFile.of(request.getPathInfo(), locator::version);
    URL url =
        file.map(found -> getClass().getClassLoader().getResource(found.resource())).orElse(null);
    if (url == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    URLConnection connection = url.openConnection();
    if (connection instanceof JarURLConnection jar && jar.getJarEntry().isDirectory()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    WebJarFile found = file.get();
    response.setHeader("Cache-Control", found.cacheControl());
    response.setHeader("ETag", found.entityTag());
    if (found.entityTag().equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    String type = getServletContext().getMimeType(found.path());
    response.setContentType(type == null ? "application/octet-stream" : type);
    long length = connection.getContentLengthLong();
    if (length >= 0) {
      response.setContentLengthLong(length);
    }
    try (InputStream in = connection.getInputStream()) {
      in.transferTo(response.getOutputStream());
    }
  }
}
