package org.pathways.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeEndpointTest {

  private static final String ITEM = "https://lms.example/courses/1/line_items/9";

  private static JWTClaimsSet with(Object endpoint) {
    return new JWTClaimsSet.Builder().subject("lms-7").claim(GradeEndpoint.CLAIM, endpoint).build();
  }

  @Test
  void aLineItemWithTheScoreScopeIsWhereScoresGo() {
    assertThat(
            GradeEndpoint.lineItem(
                with(
                    Map.of(
                        "scope",
                        List.of(
                            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                            GradeEndpoint.SCORE_SCOPE),
                        "lineitems",
                        "https://lms.example/courses/1/line_items",
                        "lineitem",
                        ITEM))))
        .hasValue(ITEM);
  }

  @Test
  void withoutTheScoreScopeOrALineItemNoScoresAreSent() {
    assertThat(
            GradeEndpoint.lineItem(
                with(
                    Map.of(
                        "scope",
                        List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"),
                        "lineitem",
                        ITEM))))
        .isEmpty();
    assertThat(
            GradeEndpoint.lineItem(
                with(
                    Map.of(
                        "scope",
                        List.of(GradeEndpoint.SCORE_SCOPE),
                        "lineitems",
                        "https://lms.example/courses/1/line_items"))))
        .isEmpty();
    assertThat(GradeEndpoint.lineItem(new JWTClaimsSet.Builder().build())).isEmpty();
    assertThat(GradeEndpoint.lineItem(with("not an object"))).isEmpty();
  }

  @Test
  void aLineItemThatIsNotAnHttpsAddressIsIgnored() {
    assertThat(
            GradeEndpoint.lineItem(
                with(
                    Map.of(
                        "scope",
                        List.of(GradeEndpoint.SCORE_SCOPE),
                        "lineitem",
                        "javascript:alert(1)"))))
        .isEmpty();
    assertThat(
            GradeEndpoint.lineItem(
                with(
                    Map.of(
                        "scope",
                        List.of(GradeEndpoint.SCORE_SCOPE),
                        "lineitem",
                        "http://lms.example/items/9"))))
        .isEmpty();
  }
}
