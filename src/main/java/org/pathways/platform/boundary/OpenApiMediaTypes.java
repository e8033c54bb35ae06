package org.pathways.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

/**
 * The API document with its media types: Payara serves YAML as {@code text/plain} and refuses an
 * {@code Accept} of YAML with 406, so a YAML request reaches it without that header and its answer
 * goes out as {@code application/yaml}. JSON ({@code Accept: application/json} or {@code
 * ?format=JSON}) stays as Payara sends it.
 */
@WebFilter(filterName = "OpenApiMediaTypes", urlPatterns = "/openapi", asyncSupported = true)
public class OpenApiMediaTypes extends HttpFilter {

  static final String YAML = "application/yaml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest asked = asksForYaml(request) ? withoutAccept(request) : request;
    chain.doFilter(asked, new YamlTyped(response));
  }

  static boolean asksForYaml(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("yaml");
  }

  private static HttpServletRequest withoutAccept(HttpServletRequest request) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getHeader(String name) {
        return "Accept".equalsIgnoreCase(name) ? null : super.getHeader(name);
      }

      @Override
      public Enumeration<String> getHeaders(String name) {
        return "Accept".equalsIgnoreCase(name)
            ? Collections.emptyEnumeration()
            : super.getHeaders(name);
      }
    };
  }

  /** Turns Payara's {@code text/plain} (its YAML) into {@code application/yaml}. */
  private static final class YamlTyped extends HttpServletResponseWrapper {

    YamlTyped(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setContentType(String type) {
      super.setContentType(typed(type));
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? typed(value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? typed(value) : value);
    }

    private static String typed(String type) {
      return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/plain")
          ? YAML + type.substring("text/plain".length())
          : type;
    }
  }
}
