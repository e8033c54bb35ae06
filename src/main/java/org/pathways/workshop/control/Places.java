package org.pathways.workshop.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathways.workshop.control.Distance.Point;

/**
 * Where a US ZIP code is, from the public-domain Census ZIP code tabulation area centroids shipped
 * beside this class (see DATA-SOURCES.md there), read once on first use (about 34,000 rows, a few
 * MB in memory). Also reads a typed "lat,lon". No public-domain list of city locations could be
 * shipped, so cities are found from the workshops' own venues (see {@code Workshops#city}).
 */
@ApplicationScoped
public class Places {

  static final String ZIPS = "us-zip-centroids.csv";

  private static final java.util.Set<String> STATES =
      java.util.Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
          "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
          "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
          "VT", "VA", "WA", "WV", "WI", "WY", "PR", "VI", "GU", "AS", "MP");

  private static final Pattern ZIP = Pattern.compile("(\\d{5})(-\\d{4})?");
  private static final Pattern LAT_LON =
      Pattern.compile("(-?\\d{1,2}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)");
  private static final Pattern CITY_STATE = Pattern.compile("(.+?)[,\\s]+([A-Za-z]{2})");

  /** A located ZIP code or city. */
  public record Place(String zip, String city, String state, Point point) {}

  private volatile Index index;

  /** The ZIP code's centroid, if it is a known ZIP code. */
  public Optional<Place> zip(String zip) {
    if (zip == null) {
      return Optional.empty();
    }
    Matcher m = ZIP.matcher(zip.strip());
    return m.matches() ? Optional.ofNullable(index().zips.get(m.group(1))) : Optional.empty();
  }

  /**
   * What a person typed to say where they are: a ZIP code, "lat,lon", or a city with or without its
   * state ("Denver, CO", "Denver CO", "denver").
   */
  public Optional<Place> find(String typed) {
    if (typed == null || typed.isBlank() || typed.length() > 120) {
      return Optional.empty();
    }
    String text = typed.strip();
    if (ZIP.matcher(text).matches()) {
      return zip(text);
    }
    Matcher latLon = LAT_LON.matcher(text);
    if (latLon.matches()) {
      try {
        return Optional.of(
            new Place(
                null,
                null,
                null,
                new Point(
                    Double.parseDouble(latLon.group(1)), Double.parseDouble(latLon.group(2)))));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * A city and optional state as typed ("Denver, CO", "Denver CO", "denver"): the city's key and
   * the state's two letters, or null for the state.
   */
  public static String[] cityAndState(String typed) {
    String text = typed == null ? "" : typed.strip();
    Matcher cityState = CITY_STATE.matcher(text);
    if (cityState.matches() && STATES.contains(cityState.group(2).toUpperCase(Locale.ROOT))) {
      return new String[] {key(cityState.group(1)), cityState.group(2).toUpperCase(Locale.ROOT)};
    }
    return new String[] {key(text), null};
  }

  static String key(String city) {
    String plain =
        Normalizer.normalize(city, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replace("saint ", "st ")
            .replace("st. ", "st ")
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
    return plain;
  }

  private Index index() {
    Index loaded = index;
    if (loaded == null) {
      synchronized (this) {
        loaded = index;
        if (loaded == null) {
          loaded = Index.read();
          index = loaded;
        }
      }
    }
    return loaded;
  }

  private static final class Index {
    final Map<String, Place> zips = new HashMap<>(50_000);

    static Index read() {
      Index index = new Index();
      for (String[] row : rows(ZIPS)) {
        Place place =
            new Place(
                row[0],
                row[3].isEmpty() ? null : row[3],
                row[4].isEmpty() ? null : row[4],
                new Point(Double.parseDouble(row[1]), Double.parseDouble(row[2])));
        index.zips.put(place.zip(), place);
      }
      return index;
    }

    private static List<String[]> rows(String resource) {
      return Csv.rows(Places.class.getResourceAsStream(resource));
    }
  }
}
