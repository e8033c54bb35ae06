package org.pathways.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.pathways.workshop.control.Distance.Point;

class DistanceTest {

  static final Point DENVER = new Point(39.7392, -104.9903);
  static final Point BOULDER = new Point(40.0150, -105.2705);
  static final Point NEW_YORK = new Point(40.7128, -74.0060);

  @Test
  void knownDistancesBetweenCitiesComeOutWithinOnePercent() {
    assertThat(Distance.km(DENVER, BOULDER)).isCloseTo(38.9, within(0.5));
    assertThat(Distance.km(DENVER, NEW_YORK)).isCloseTo(2620, within(26.0));
    assertThat(Distance.km(DENVER, DENVER)).isZero();
  }

  @Test
  void distanceIsTheSameBothWays() {
    assertThat(Distance.km(DENVER, NEW_YORK)).isEqualTo(Distance.km(NEW_YORK, DENVER));
  }

  @Test
  void aPlaceOffTheEarthIsRefused() {
    assertThatThrownBy(() -> new Point(91, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Point(0, 181)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Point(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nearTheAntimeridianTheBoxTakesEveryLongitude() {
    Distance.Box box = Distance.around(new Point(52, 179.5), 100);
    assertThat(box.minLon()).isEqualTo(-180);
    assertThat(box.maxLon()).isEqualTo(180);
  }

  /** The SQL pre-filter never drops a place the exact distance would keep. */
  @Property(tries = 2000)
  void everyPointWithinTheRadiusIsInsideTheBox(
      @ForAll @DoubleRange(min = -80, max = 80) double lat,
      @ForAll @DoubleRange(min = -179, max = 179) double lon,
      @ForAll @DoubleRange(min = 1, max = 2000) double radius,
      @ForAll @DoubleRange(min = 0, max = 1) double along,
      @ForAll @DoubleRange(min = 0, max = 360) double bearing) {
    Point centre = new Point(lat, lon);
    double d = radius * along / Distance.EARTH_RADIUS_KM;
    double b = Math.toRadians(bearing);
    double lat1 = Math.toRadians(lat);
    double lat2 =
        Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
    double lon2 =
        Math.toRadians(lon)
            + Math.atan2(
                Math.sin(b) * Math.sin(d) * Math.cos(lat1),
                Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
    double lonDeg = ((Math.toDegrees(lon2) + 540) % 360) - 180;
    Point other = new Point(Math.toDegrees(lat2), lonDeg);
    Distance.Box box = Distance.around(centre, radius);
    assertThat(Distance.km(centre, other)).isLessThanOrEqualTo(radius + 1e-6);
    assertThat(other.lat()).isBetween(box.minLat() - 1e-9, box.maxLat() + 1e-9);
    assertThat(other.lon()).isBetween(box.minLon() - 1e-9, box.maxLon() + 1e-9);
  }
}
