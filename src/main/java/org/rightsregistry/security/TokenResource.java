package org.rightsregistry.security;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.rightsregistry.common.openapi.ApiDefinition;
import org.rightsregistry.common.web.Ids;

/** API tokens; admins only. */
@Path("/api/v1/tokens")
@Tag(name = "Tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    private final TokenService tokens;
    private final Caller caller;

    public TokenResource(TokenService tokens, Caller caller) {
        this.tokens = tokens;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = "Create a token",
            description = "The response carries the secret, once; the registry keeps only its hash.")
    @APIResponse(responseCode = "201", description = "The token, with its secret.",
            headers = @Header(name = "Location", ref = ApiDefinition.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "422", ref = ApiDefinition.UNPROCESSABLE)
    public RestResponse<TokenResponse> create(@Valid @NotNull TokenRequest request, @Context UriInfo uri) {
        TokenResponse token = tokens.create(request, caller.name());
        return RestResponse.ResponseBuilder.<TokenResponse>created(uri.getAbsolutePathBuilder().path(token.id().toString()).build())
                .entity(token).header("Cache-Control", "no-store").build();
    }

    @GET
    @Operation(operationId = "listTokens", summary = "List tokens", description = "Without their secrets.")
    @APIResponse(responseCode = "200", description = "Every token, oldest first.")
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public List<TokenResponse> list() {
        return tokens.list();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke a token", description = "At once: its next request is a 401.")
    @APIResponse(responseCode = "204", description = "The token is revoked.")
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public void revoke(@PathParam("id") String id) {
        tokens.revoke(Ids.path(id, "token"));
    }
}
