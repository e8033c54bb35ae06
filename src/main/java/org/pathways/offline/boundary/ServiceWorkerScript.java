package org.pathways.offline.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.PackageStatus;
import org.pathways.offline.control.ServiceWorkerVersion;

/**
 * {@code /sw.js}, the service worker, from the site root so that it may control every page. Its
 * text carries a version made of the build, a hash of the scripts and styles it keeps cache-first,
 * and the course packages served ({@link ServiceWorkerVersion}): after a deployment or a content
 * reload the browser sees a changed script, installs it, and the new worker drops the old caches.
 * Never cached by HTTP caches ({@code no-cache}: the browser asks each time it checks for an
 * update).
 */
@WebServlet(name = "ServiceWorkerScript", urlPatterns = "/sw.js")
public class ServiceWorkerScript extends HttpServlet {

  private static final String TEMPLATE = "/org/pathways/offline/sw.js";

  @Inject ContentLibrary library;

  @Inject
  @ConfigProperty(name = "pathways.version", defaultValue = "dev")
  String version;

  private String template;

  /**
   * The build and a hash of the files kept cache-first (read once: they change only by deploying).
   */
  private String build;

  @Override
  public void init() {
    try (InputStream in = ServiceWorkerScript.class.getResourceAsStream(TEMPLATE)) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, byte[]> files = new HashMap<>();
      files.put(TEMPLATE, template.getBytes(StandardCharsets.UTF_8));
      read(getServletContext(), "/resources/", files);
      build = version + "+" + ServiceWorkerVersion.files(files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void read(ServletContext context, String folder, Map<String, byte[]> files)
      throws IOException {
    Set<String> paths = context.getResourcePaths(folder);
    if (paths == null) {
      return;
    }
    for (String path : paths) {
      if (path.endsWith("/")) {
        read(context, path, files);
      } else {
        try (InputStream in = context.getResourceAsStream(path)) {
          if (in != null) {
            files.put(path, in.readAllBytes());
          }
        }
      }
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, String> packages = new HashMap<>();
    for (PackageStatus status : library.state().packages().values()) {
      packages.put(status.name(), status.servedVersion());
    }
    byte[] body =
        ServiceWorkerVersion.script(template, ServiceWorkerVersion.of(build, packages))
            .getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/javascript;charset=UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
