package org.pathways.workshop.control;

/**
 * Great-circle distances on the Earth, good to a fraction of a percent for finding what is near.
 */
public final class Distance {

  /** The mean radius of the Earth in kilometres. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private Distance() {}

  /** A place on the Earth, in degrees. */
  public record Point(double lat, double lon) {
    public Point {
      if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
        throw new IllegalArgumentException("not a place on the Earth: " + lat + "," + lon);
      }
    }
  }

  /**
   * A latitude/longitude box that holds every point within a radius of its centre, for a cheap
   * pre-filter in SQL before the exact distance. Near the poles or across the antimeridian it
   * widens to every longitude.
   */
  public record Box(double minLat, double maxLat, double minLon, double maxLon) {}

  /** The haversine distance in kilometres. */
  public static double km(Point a, Point b) {
    double dLat = Math.toRadians(b.lat() - a.lat());
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat()))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  public static Box around(Point centre, double radiusKm) {
    double dLat = Math.toDegrees(radiusKm / EARTH_RADIUS_KM);
    double minLat = Math.max(-90, centre.lat() - dLat);
    double maxLat = Math.min(90, centre.lat() + dLat);
    double cos = Math.cos(Math.toRadians(Math.max(Math.abs(minLat), Math.abs(maxLat))));
    double dLon = cos <= 1e-9 ? 180 : Math.toDegrees(radiusKm / (EARTH_RADIUS_KM * cos));
    if (dLon >= 180 || centre.lon() - dLon < -180 || centre.lon() + dLon > 180) {
      return new Box(minLat, maxLat, -180, 180);
    }
    return new Box(minLat, maxLat, centre.lon() - dLon, centre.lon() + dLon);
  }
}
