package org.rightsregistry.stats;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Statistics", description = "Counts of records matching the filters, in all and per group, and the imprisonment they led to.")
public record StatsResponse(
        @Schema(description = "What was counted.", required = true) Unit count,
        @Schema(description = "The dimensions of the groups, in the order asked for.", required = true) List<Dimension> by,
        @Schema(description = "How many records match the filters.", required = true, example = "12") long total,
        @Schema(description = "The counts per group, largest first (then by value). A record linked to several values counts in "
                + "each of their groups, so groups can add up to more than `total`.", required = true) List<Group> groups,
        @Schema(description = "The imprisonment imposed by the sentences in scope: the counted sentences, or the sentences of the "
                + "counted persons or cases; absent when counting charges. Sentences replaced on appeal "
                + "(`MODIFIED_ON_APPEAL`, `OVERTURNED`) are left out, so a term reduced on appeal counts once, as reduced.",
                nullable = true) @JsonInclude(JsonInclude.Include.NON_NULL) Imprisonment imprisonment) {

    @Schema(name = "StatisticsGroup", description = "One group: its values and how many records it has.")
    public record Group(
            @Schema(description = "The value of each dimension, by its key (`personStatus`, `role`, `gender`, `citizenship`, "
                    + "`country`, `stage`, `theme`, `openedYear`, `law` and `article`, `chargeStatus`, `verdict`, "
                    + "`componentType`, `decidedYear`); `null` where the record has none.", required = true,
                    type = SchemaType.OBJECT, example = "{\"country\": \"KZ\"}") Map<String, String> values,
            @Schema(description = "How many records are in the group.", required = true, example = "7") long count) {
    }

    @Schema(name = "ImprisonmentStatistics", description = "Imprisonment components of the sentences in scope.")
    public record Imprisonment(
            @Schema(description = "Sentences with imprisonment (including life).", required = true, example = "4") long sentences,
            @Schema(description = "Months of imprisonment imposed, suspended or not (life imprisonment not included).",
                    required = true, example = "240") long totalMonths,
            @Schema(description = "Of `totalMonths`, the months of suspended imprisonment.", required = true, example = "24")
            long suspendedMonths,
            @Schema(description = "Life imprisonment components.", required = true, example = "0") long life,
            @Schema(description = "Imprisonment components without a recorded term.", required = true, example = "0") long withoutTerm,
            @Schema(description = "How many imprisonment terms fall in each range (life and unknown terms aside).", required = true)
            List<TermRange> terms) {
    }

    @Schema(name = "TermRange", description = "A range of imprisonment terms, in months, both ends included.")
    public record TermRange(
            @Schema(description = "The shortest term in the range.", required = true, example = "13") int fromMonths,
            @Schema(description = "The longest term in the range; `null` for the open-ended last range.", nullable = true, example = "36")
            Integer toMonths,
            @Schema(description = "How many terms are in the range.", required = true, example = "2") long count) {
    }
}
