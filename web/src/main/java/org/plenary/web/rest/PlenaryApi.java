package org.plenary.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API under {@code /api}: JSON by JSON-B, errors as RFC 9457 problem details. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Plenary API",
            version = "1",
            description = "Meetings and agendas, drafts and consultations."))
public class PlenaryApi extends Application {}
