package org.pathways.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API under {@code /api}; its document is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Pathways API",
            version = "1",
            description =
                "Online professional learning for K-12 teachers learning to teach computer"
                    + " science: catalog, enrolment and progress, reflections, workshops, forum."))
public class PathwaysApi extends Application {}
