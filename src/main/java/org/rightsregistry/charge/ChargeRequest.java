package org.rightsregistry.charge;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.date.EdtfDate;
import org.rightsregistry.common.record.Visibility;
import org.rightsregistry.source.CitationInput;
import org.rightsregistry.source.Citations;

@JsonIgnoreProperties(value = {"createdAt", "updatedAt"}, allowGetters = false)
@Schema(name = "ChargeInput", description = "A charge as written by a caller. The person must be a party of the case.")
public record ChargeRequest(
        @Schema(description = "On create: the id to give the record (a new one when absent). On replace: ignored, the path wins.",
                example = "9d4e2f1a-0b3c-4d5e-8f6a-7b8c9d0e1f23")
        UUID id,
        @Schema(description = "The version the caller last read; a replace or patch with another version is refused with 412.", example = "1")
        @PositiveOrZero Long version,
        @Schema(description = "Who may see this record.", defaultValue = "PUBLIC")
        Visibility visibility,
        @Schema(description = "The case.", required = true, example = "2b7e1c4d-5f60-4a8b-9c1d-3e5f7a9b0c21")
        @NotNull UUID caseId,
        @Schema(description = "The accused person; must be a party of the case.", required = true, example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13")
        @NotNull UUID personId,
        @Schema(description = "A short code of the legal code: `KZ-CC-2014` is the Criminal Code of Kazakhstan of 2014.",
                required = true, example = "KZ-CC-2014")
        @NotBlank @Size(max = 50) String law,
        @Schema(description = "Article and part as the code writes them; absent when the sources do not give it.", example = "405(2)")
        @Size(min = 1, max = 50) String article,
        @Schema(description = "The charge as published, verbatim.", example = "ч.2 ст.405 УК РК")
        @Size(max = 1000) String articleText,
        @Schema(description = "The alleged conduct.", example = "reposted a video of a banned movement")
        @Size(max = 20000) String description,
        @Schema(description = "When the charge was brought (EDTF).", example = "2021-03-15")
        @EdtfDate String filedOn,
        @Schema(description = "Where the accusation stands.", example = "INDICTED")
        ChargeStatus status,
        @Schema(description = "What the article threatens, in months.")
        @Valid MonthRange penaltyRiskedMonths,
        @Schema(description = "The sources of the record and of its fields.")
        @Size(max = 200) List<@Valid @NotNull CitationInput> citations) {

    static ChargeRequest from(Charge c) {
        return new ChargeRequest(c.getId(), c.getVersion(), c.getVisibility(), c.getCaseId(), c.getPersonId(), c.getLaw(),
                c.getArticle(), c.getArticleText(), c.getDescription(), c.getFiledOn(), c.getStatus(), range(c), Citations.inputs(c));
    }

    static MonthRange range(Charge c) {
        return c.getPenaltyMinMonths() == null && c.getPenaltyMaxMonths() == null ? null
                : new MonthRange(c.getPenaltyMinMonths(), c.getPenaltyMaxMonths());
    }
}
