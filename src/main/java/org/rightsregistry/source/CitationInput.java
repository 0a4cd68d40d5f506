package org.rightsregistry.source;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonIgnoreProperties(value = {"source"}, allowGetters = false)
@Schema(description = "A source supporting the record, or one field of it. The source's summary (`source`) is ignored when sent.")
public record CitationInput(
        @Schema(description = "The source; it must exist. Required unless `withheld` is `true`.",
                example = "3e1d2c4b-5a69-4f7e-8d0c-1b2a3c4d5e6f")
        UUID sourceId,
        @Schema(description = "The field of the record the source supports; absent when it supports the whole record.",
                example = "status")
        @Size(min = 1, max = 50) String field,
        @Schema(description = "Where in the source: a page, a paragraph, a timestamp.", example = "p. 4, para. 2")
        @Size(max = 200) String locator,
        @Schema(description = "The words of the source, verbatim.", example = "currently in the pre-trial detention facility")
        @Size(max = 2000) String quote,
        @Schema(description = "How firmly the source supports the fact.", example = "HIGH")
        Confidence confidence,
        @Schema(description = "`true` for a citation sent back as it was read, `{\"withheld\": true}`: it stands for a citation "
                + "of a source the caller may not see, which is kept as it is; such an item is otherwise ignored.", example = "true")
        Boolean withheld) {

    public Citation toEntity() {
        return new Citation(sourceId, field, locator, quote, confidence);
    }

    public static CitationInput from(Citation c) {
        return new CitationInput(c.getSourceId(), c.getField(), c.getLocator(), c.getQuote(), c.getConfidence(), null);
    }
}
