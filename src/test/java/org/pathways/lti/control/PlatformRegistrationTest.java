package org.pathways.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.lti.entity.PlatformRequest;
import org.pathways.platform.entity.Refusal.FieldError;

class PlatformRegistrationTest {

  private static PlatformRequest valid() {
    PlatformRequest request = new PlatformRequest();
    request.issuer = "https://lms.example";
    request.clientId = "client-1";
    request.deploymentIds = List.of("dep-1");
    request.authLoginUrl = "https://lms.example/auth";
    request.authTokenUrl = "https://lms.example/token";
    request.jwksUrl = "https://lms.example/jwks";
    return request;
  }

  private static List<String> fields(PlatformRequest request) {
    return PlatformRegistration.errors(request).stream().map(FieldError::field).toList();
  }

  @Test
  void aCompleteHttpsRegistrationIsValid() {
    assertThat(fields(valid())).isEmpty();
  }

  @Test
  void plainHttpIsForThisMachineOnly() {
    PlatformRequest request = valid();
    request.jwksUrl = "http://lms.example/jwks";
    request.authLoginUrl = "http://127.0.0.1:8080/auth";
    request.authTokenUrl = "http://localhost/token";
    assertThat(fields(request)).containsExactly("jwksUrl");
  }

  @Test
  void missingOrMalformedValuesAreNamed() {
    PlatformRequest request = new PlatformRequest();
    request.authLoginUrl = "not a url";
    request.authTokenUrl = "/relative/token";
    request.jwksUrl = "ftp://lms.example/jwks";
    assertThat(fields(request))
        .containsExactly(
            "issuer", "clientId", "deploymentIds", "authLoginUrl", "authTokenUrl", "jwksUrl");
  }

  @Test
  void credentialsOrAFragmentInAnAddressAreRefused() {
    PlatformRequest request = valid();
    request.authLoginUrl = "https://user:pw@lms.example/auth";
    request.jwksUrl = "https://lms.example/jwks#x";
    assertThat(fields(request)).containsExactly("authLoginUrl", "jwksUrl");
  }

  @Test
  void deploymentIdsMustBePresentAndOnOneLine() {
    PlatformRequest request = valid();
    request.deploymentIds = List.of("dep-1", " ");
    assertThat(fields(request)).containsExactly("deploymentIds");
    request.deploymentIds = List.of("dep\n2");
    assertThat(fields(request)).containsExactly("deploymentIds");
    request.deploymentIds = null;
    assertThat(fields(request)).containsExactly("deploymentIds");
  }
}
