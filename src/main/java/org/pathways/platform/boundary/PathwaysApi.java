package org.pathways.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}; its document is served at {@code /openapi} and browsable at
 * {@code /api-docs/}. Operations that need a token say so with {@code @SecurityRequirement(name =
 * PathwaysApi.BEARER)}; their error answers come from {@link ProblemAnswers}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Pathways API",
            version = "1",
            description =
                "Online professional learning for K-12 teachers learning to teach computer"
                    + " science: catalog, enrolment and progress, reflections, workshops, forum."))
@SecurityScheme(
    securitySchemeName = PathwaysApi.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A token from POST /api/tokens, sent as Authorization: Bearer <token>.")
public class PathwaysApi extends Application {

  /** The name of the bearer security scheme, for {@code @SecurityRequirement}. */
  public static final String BEARER = "bearer";
}
