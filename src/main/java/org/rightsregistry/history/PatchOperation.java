package org.rightsregistry.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One operation of a JSON Patch (RFC 6902).")
public record PatchOperation(
        @Schema(description = "The operation. `add`: the field was set where it had no value. `remove`: the field was cleared. `replace`: the field got a new value.", required = true, enumeration = {"add", "remove", "replace"}, example = "replace") String op,
        @Schema(description = "A JSON Pointer (RFC 6901) to the field.", required = true, example = "/status") String path,
        @Schema(description = "The new value (for `add` and `replace`).", example = "IMPRISONED") JsonNode value) {
}
