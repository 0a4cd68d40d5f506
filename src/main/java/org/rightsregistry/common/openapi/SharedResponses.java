package org.rightsregistry.common.openapi;

import java.util.Map;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds to every operation the answers that the shared infrastructure can give whatever the operation: 400 (an
 * unknown query parameter is refused everywhere), 406 (an {@code Accept} that JSON does not satisfy), 429 (a rate
 * limit), 503 (the database is unreachable), and 411 (a chunked body) where an operation takes a body. Gives a {@code 201} the body schema of the record it creates (the
 * {@code 200} of the record's own path), which the annotation scanner leaves out. A new resource gets all of it
 * without annotations.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SharedResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, PathItem> paths = openAPI.getPaths().getPathItems();
        paths.forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> {
                add(operation, "400", ApiDefinition.BAD_REQUEST);
                add(operation, "406", ApiDefinition.NOT_ACCEPTABLE);
                add(operation, "429", ApiDefinition.TOO_MANY_REQUESTS);
                add(operation, "503", ApiDefinition.SERVICE_UNAVAILABLE);
                if (operation.getRequestBody() != null && !path.startsWith("/api/v1/import")) {
                    add(operation, "411", ApiDefinition.LENGTH_REQUIRED);
                }
                APIResponse created = operation.getResponses().getAPIResponse("201");
                if (created != null && created.getContent() == null) {
                    Content content = recordContent(paths, path);
                    if (content != null) {
                        created.setContent(content);
                    }
                }
            });
        });
    }

    private static void add(Operation operation, String status, String name) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
        }
    }

    /** The content of the 200 of {@code GET <collection>/{id}}: what a create returns. */
    private static Content recordContent(Map<String, PathItem> paths, String collection) {
        for (Map.Entry<String, PathItem> entry : paths.entrySet()) {
            String rest = entry.getKey().startsWith(collection + "/") ? entry.getKey().substring(collection.length() + 1) : "";
            if (rest.startsWith("{") && rest.endsWith("}") && rest.indexOf('/') < 0 && entry.getValue().getGET() != null) {
                APIResponse ok = entry.getValue().getGET().getResponses().getAPIResponse("200");
                if (ok != null && ok.getContent() != null) {
                    return ok.getContent();
                }
            }
        }
        return null;
    }
}
