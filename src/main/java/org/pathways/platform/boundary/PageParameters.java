package org.pathways.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query parameters that say which record a page shows ({@code slug}, {@code course}, ...), for
 * forms that every page carries (sign-out): posted back with them, the page's beans find their
 * record again, so the form's action runs on any page.
 */
@Named("pageParameters")
@RequestScoped
public class PageParameters {

  @Inject HttpServletRequest request;

  public List<Map.Entry<String, String>> getList() {
    // The query of a GET, or the hidden fields of a form posted back to this page.
    List<Map.Entry<String, String>> found = new ArrayList<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              // (A form posted back also sends its own id as name and value: not a parameter.)
              if (name.matches("[a-z]{1,20}")
                  && !name.equals(values[0])
                  && values.length == 1
                  && values[0].length() <= 200
                  && found.size() < 10) {
                found.add(Map.entry(name, values[0]));
              }
            });
    return found;
  }
}
