package org.rightsregistry.common.error;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A record that depends on the one a request tried to delete or change.")
public record Dependent(
        @Schema(description = "The collection the dependent record lives in.", example = "charges")
        String type,
        @Schema(description = "Its id.", example = "0f8fad5b-d9cb-469f-a165-70867728950e")
        UUID id) {
}
