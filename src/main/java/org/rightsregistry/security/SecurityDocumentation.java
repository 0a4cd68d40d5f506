package org.rightsregistry.security;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.rightsregistry.common.openapi.ApiDefinition;

/**
 * Documents {@link Access} in the contract: each operation's security requirement (none for reads, the bearer
 * scheme with the role needed otherwise) and its 401 and 403 responses, from the same rule that enforces it.
 */
public class SecurityDocumentation implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Role required = Access.required(entry.getKey().name(), path);
                Operation operation = entry.getValue();
                APIResponses responses = operation.getResponses();
                if (!responses.hasAPIResponse("401")) {
                    // A token that is sent must be valid, on every operation.
                    responses.addAPIResponse("401", OASFactory.createAPIResponse().ref(ApiDefinition.UNAUTHORIZED));
                }
                if (required == null) {
                    // Anyone may read; a token widens what is visible.
                    operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                            OASFactory.createSecurityRequirement().addScheme(ApiDefinition.BEARER)));
                    note(operation, READ_NOTE);
                    continue;
                }
                operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(ApiDefinition.BEARER, required.name())));
                if (!responses.hasAPIResponse("403")) {
                    responses.addAPIResponse("403", OASFactory.createAPIResponse().ref(ApiDefinition.FORBIDDEN));
                }
                note(operation, "Needs a token with the role `" + required.name() + "`.");
            }
        });
    }

    /** How a read operation's description ends: its security requirement in words. */
    public static final String READ_NOTE = "Needs no token; a token that is sent must be valid.";

    private static void note(Operation operation, String note) {
        String description = operation.getDescription();
        if (description == null || !description.contains(note)) {
            operation.setDescription(description == null ? note : description + " " + note);
        }
    }
}
