package org.rightsregistry.source;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Citation", description = "A source supporting the record, or one field of it, with the source's title and address.")
public record CitationView(
        @Schema(description = "The source.", required = true, example = "3e1d2c4b-5a69-4f7e-8d0c-1b2a3c4d5e6f") UUID sourceId,
        @Schema(description = "The field the source supports; `null` for the whole record.", nullable = true, example = "status") String field,
        @Schema(description = "Where in the source.", nullable = true, example = "p. 4, para. 2") String locator,
        @Schema(description = "The words of the source, verbatim.", nullable = true) String quote,
        @Schema(description = "How firmly the source supports the fact.", nullable = true) Confidence confidence,
        @Schema(description = "The source's title and address.", required = true) SourceSummary source) {

    public static CitationView of(Citation c, SourceSummary source) {
        return new CitationView(c.getSourceId(), c.getField(), c.getLocator(), c.getQuote(), c.getConfidence(), source);
    }
}
