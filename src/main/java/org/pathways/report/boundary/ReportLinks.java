package org.pathways.report.boundary;

import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.Map;
import org.pathways.report.entity.ReportRequest;

/** Addresses of the report pages: the page itself and its CSV, with the filters that are set. */
public final class ReportLinks {

  static final String PAGE = "/reports/index.xhtml";
  static final String CSV = "/reports/programs.csv";

  private ReportLinks() {}

  /** The program report without filters (the whole program, this school year). */
  public static String index() {
    return "/reports/index.xhtml";
  }

  public static String page(ReportRequest request) {
    return withFilters(PAGE, request);
  }

  public static String csv(ReportRequest request) {
    return withFilters(CSV, request);
  }

  /** Blank filters are left out; each value is encoded whole. */
  private static String withFilters(String path, ReportRequest request) {
    UriBuilder url = UriBuilder.fromPath(path);
    Map<String, Object> values = new HashMap<>();
    filter(url, values, "program", request.program());
    filter(url, values, "district", request.district());
    filter(url, values, "cohort", request.cohort());
    filter(url, values, "from", request.from());
    filter(url, values, "to", request.to());
    return url.buildFromMap(values).toString();
  }

  private static void filter(
      UriBuilder url, Map<String, Object> values, String name, String value) {
    if (value != null && !value.isBlank()) {
      url.queryParam(name, "{" + name + "}");
      values.put(name, value.strip());
    }
  }
}
