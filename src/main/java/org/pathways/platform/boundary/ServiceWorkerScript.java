package org.pathways.platform.boundary;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.PackageStatus;
import org.pathways.platform.control.ServiceWorkerVersion;

/**
 * {@code /sw.js}, the service worker, from the site root so that it may control every page. Its
 * text carries a version made of the build and the course packages served ({@link
 * ServiceWorkerVersion}): after a deployment or a content reload the browser sees a changed script,
 * installs it, and the new worker drops the old caches. Never cached by HTTP caches ({@code
 * no-cache}: the browser asks each time it checks for an update).
 */
@WebServlet(name = "ServiceWorkerScript", urlPatterns = "/sw.js")
public class ServiceWorkerScript extends HttpServlet {

  private static final String TEMPLATE = "/org/pathways/platform/sw.js";

  @Inject ContentLibrary library;

  @Inject
  @ConfigProperty(name = "pathways.version", defaultValue = "dev")
  String build;

  private String template;

  @Override
  public void init() {
    try (InputStream in = ServiceWorkerScript.class.getResourceAsStream(TEMPLATE)) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
