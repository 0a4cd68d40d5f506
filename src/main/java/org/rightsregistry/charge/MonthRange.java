package org.rightsregistry.charge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A penalty range in months: \"risking 10 to 17 years\" is `{\"min\": 120, \"max\": 204}`. "
        + "Either bound may be absent when the source gives only one.")
public record MonthRange(
        @Schema(nullable = true, description = "The least the article threatens, in months.", example = "120")
        @PositiveOrZero @Max(12000) Integer min,
        @Schema(nullable = true, description = "The most the article threatens, in months.", example = "204")
        @PositiveOrZero @Max(12000) Integer max) {
}
