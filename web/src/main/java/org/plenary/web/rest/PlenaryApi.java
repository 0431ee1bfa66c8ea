package org.plenary.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API under {@code /api}: JSON by JSON-B, errors as RFC 9457 problem details. Resources
 * are application-scoped: they hold only references to stateless session beans and the JAX-RS
 * context's proxies, and building one per request with its injections was an eighth of the server's
 * CPU on a comment's path (issue 8's profile).
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Plenary API",
            version = "1",
            description = "Meetings and agendas, drafts and consultations."))
public class PlenaryApi extends Application {}
