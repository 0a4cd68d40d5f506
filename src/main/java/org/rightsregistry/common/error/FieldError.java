package org.rightsregistry.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One invalid field of a request body or one invalid query parameter.")
public record FieldError(
        @Schema(description = "JSON path of the field in the body (`names[0].script`) or the query parameter name.", example = "birthDate")
        String field,
        @Schema(description = "What is wrong with it.", example = "must be an EDTF date: YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %")
        String message) {
}
