package org.rightsregistry.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** A JSON Patch operation's {@code value} is any JSON value: its schema says so (an empty schema), not "an object". */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class AnyJsonValues implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema patch = openAPI.getComponents().getSchemas().get("PatchOperation");
        if (patch != null && patch.getProperties() != null && patch.getProperties().containsKey("value")) {
            patch.addProperty("value", OASFactory.createSchema()
                    .description("The new value (for `add` and `replace`): any JSON value."));
        }
    }
}
