package org.rightsregistry.search;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchHit", description = "One record that matched a search, with what matched.")
public record SearchHit(
        @Schema(description = "The kind of record; its URL is `/api/v1/persons/{id}`, `/api/v1/cases/{id}`, `/api/v1/charges/{id}`, "
                + "`/api/v1/sentences/{id}`, `/api/v1/appeals/{id}` or `/api/v1/sources/{id}`.", required = true, example = "PERSON")
        HitType type,
        @Schema(description = "The record's id.", required = true, example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13") UUID id,
        @Schema(description = "The person's full name; the case's title; a charge's law and article; a sentence's court and "
                + "decision date; an appeal's deciding body and filing date; a source's title.", required = true,
                example = "Aigerim Zhaksylykova")
        String title,
        @Schema(description = "What matched, short: the person's name as written in the record, the case number, the title, "
                + "or at most 160 characters of the summary around the first matching word; for other records the searched "
                + "field with the most words of the query (a charge's law, article, article text or description, a sentence's "
                + "court, an appeal's body, a source's title, publisher or author), a long one cut to 160 characters around "
                + "the first matching word.", required = true,
                example = "Айгерім Жақсылықова") String snippet,
        @Schema(description = "How it matched, best first: the whole name or case number, exact words, another spelling "
                + "or script, a case's summary or a charge's description, or with typos.", required = true) Ranked.Match match) {

    /** The record types a search covers. */
    @Schema(name = "SearchHitType", description = "The kind of record a hit is. `PERSON`: found by a name. `CASE`: by a number, "
            + "title or summary. `CHARGE`: by its law, article, article text or description (`KZ-CC-2014`, `405`, `ч.2 ст.405`). "
            + "`SENTENCE`: by its court (`Almaty City Court`). `APPEAL`: by the court or body deciding it. `SOURCE`: by its "
            + "title, publisher or author (`Invented Monitoring Group`).", examples = {"PERSON", "CHARGE", "SOURCE"})
    public enum HitType {
        PERSON, CASE, CHARGE, SENTENCE, APPEAL, SOURCE
    }
}
