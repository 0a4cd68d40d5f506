package org.rightsregistry.source;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citation as a caller sees it: whole, or, when the caller may not see the source, only {@code {"withheld": true}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Citation", description = "A source supporting the record, or one field of it, with the source's title and address. "
        + "When the caller may not see the source, the citation is only `{\"withheld\": true}`: there is a source, and nothing more "
        + "is shown of it. Absent fields have no value.")
public record CitationView(
        @Schema(description = "The source; absent when withheld.", example = "3e1d2c4b-5a69-4f7e-8d0c-1b2a3c4d5e6f") UUID sourceId,
        @Schema(description = "The field the source supports; absent for the whole record.", example = "status") String field,
        @Schema(description = "Where in the source.", example = "p. 4, para. 2") String locator,
        @Schema(description = "The words of the source, verbatim.", example = "detained on 12 March 2021") String quote,
        @Schema(description = "How firmly the source supports the fact.") Confidence confidence,
        @Schema(description = "The source's title and address; absent when withheld.") SourceSummary source,
        @Schema(description = "`true` when the record cites a source the caller may not see; absent otherwise.", example = "true")
        Boolean withheld) {

    static final CitationView WITHHELD = new CitationView(null, null, null, null, null, null, Boolean.TRUE);

    public static CitationView of(Citation c, SourceSummary source) {
        return new CitationView(c.getSourceId(), c.getField(), c.getLocator(), c.getQuote(), c.getConfidence(), source, null);
    }
}
