package org.rightsregistry.search;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchHit", description = "One record that matched a search, with what matched.")
public record SearchHit(
        @Schema(description = "The kind of record; its URL is `/api/v1/persons/{id}` or `/api/v1/cases/{id}`.", required = true)
        HitType type,
        @Schema(description = "The record's id.", required = true, example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13") UUID id,
        @Schema(description = "The person's full name or the case's title.", required = true, example = "Aigerim Zhaksylykova")
        String title,
        @Schema(description = "What matched, short: the person's name as written in the record, the case number, the title, "
                + "or at most 160 characters of the summary around the first matching word.", required = true,
                example = "Айгерім Жақсылықова") String snippet,
        @Schema(description = "How it matched, best first: the whole name or case number, exact words, another spelling "
                + "or script, a case's summary, or with typos.", required = true) Ranked.Match match) {

    /** The record types a search covers. */
    @Schema(name = "SearchHitType", description = "The kind of record a hit is.")
    public enum HitType {
        PERSON, CASE
    }
}
