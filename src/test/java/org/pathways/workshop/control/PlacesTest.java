package org.pathways.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PlacesTest {

  private final Places places = new Places();

  @Test
  void aZipCodeIsFoundAtItsCentroidWithItsState() {
    Places.Place denver = places.find("80202").orElseThrow();
    assertThat(denver.point().lat()).isCloseTo(39.75, within(0.05));
    assertThat(denver.point().lon()).isCloseTo(-105.0, within(0.05));
    assertThat(denver.state()).isEqualTo("CO");
    assertThat(places.find(" 02139-4307 ").orElseThrow().state()).isEqualTo("MA");
    assertThat(places.zip("99501").orElseThrow().state()).isEqualTo("AK");
  }

  @Test
  void aLatitudeAndLongitudeAreTakenAsTyped() {
    Places.Place place = places.find("39.7, -104.9").orElseThrow();
    assertThat(place.point().lat()).isEqualTo(39.7);
    assertThat(place.point().lon()).isEqualTo(-104.9);
  }

  @Test
  void unknownOrMalformedPlacesAreNotFound() {
    assertThat(places.find("00000")).isEmpty();
    assertThat(places.find("99,999")).isEmpty();
    assertThat(places.find("")).isEmpty();
    assertThat(places.find(null)).isEmpty();
    assertThat(places.find("x".repeat(500))).isEmpty();
  }

  @Test
  void aCityIsReadWithOrWithoutItsState() {
    assertThat(Places.cityAndState("Denver, CO")).containsExactly("denver", "CO");
    assertThat(Places.cityAndState("st. louis mo")).containsExactly("st louis", "MO");
    assertThat(Places.cityAndState("Coeur d'Alene")).containsExactly("coeur d alene", null);
  }

  @Test
  void theShippedDataCoversEveryStateAndTerritory() {
    assertThat(places.zip("96813").orElseThrow().state()).isEqualTo("HI");
    assertThat(places.zip("00601").orElseThrow().state()).isEqualTo("PR");
    assertThat(places.zip("10001").orElseThrow().state()).isEqualTo("NY");
  }
}
