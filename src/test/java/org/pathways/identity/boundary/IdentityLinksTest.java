package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentityLinksTest {

  @Test
  void signInCarriesWhereToGoNextEncodedWhole() {
    assertThat(IdentityLinks.signIn("/learning/course.xhtml?slug=cs-k5"))
        .isEqualTo("/identity/sign-in.xhtml?next=%2Flearning%2Fcourse.xhtml%3Fslug%3Dcs-k5");
  }

  @Test
  void theNextPageIsEncodedAsAFormWouldEncodeIt() {
    String next = "/workshops/index.xhtml?near=New+York%2C+NY&to=a b&x={y}";
    assertThat(IdentityLinks.signIn(next))
        .isEqualTo(
            "/identity/sign-in.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
  }

  @Test
  void signingOutAndDeletingLandOnTheHomePageSayingSo() {
    assertThat(IdentityLinks.signedOut()).isEqualTo("/index.xhtml?signedOut=true");
    assertThat(IdentityLinks.deleted()).isEqualTo("/index.xhtml?deleted=true");
  }

  @Test
  void anAccountIsManagedOnItsOwnPage() {
    UUID id = UUID.fromString("5f0c7d2e-8a1b-4c3d-9e6f-0a1b2c3d4e5f");
    assertThat(IdentityLinks.user(id)).isEqualTo("/admin/user.xhtml?id=" + id);
  }
}
