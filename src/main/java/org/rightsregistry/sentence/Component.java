package org.rightsregistry.sentence;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.validation.Code;

@Schema(name = "SentenceComponent", description = "One penalty of a sentence; a sentence can combine prison, a fine and a ban.")
public record Component(
        @Schema(description = "The kind of penalty.", required = true, example = "IMPRISONMENT")
        @NotNull ComponentType type,
        @Schema(nullable = true, description = "Its length in months, for penalties that last.", example = "72")
        @PositiveOrZero @Max(12000) Integer termMonths,
        @Schema(nullable = true, description = "The regime, for imprisonment.", example = "MEDIUM")
        Regime regime,
        @Schema(nullable = true, description = "Whether the penalty is suspended (then not served in custody).", example = "false")
        Boolean suspended,
        @Schema(nullable = true, description = "The probation period of a suspended penalty, in months.", example = "24")
        @PositiveOrZero @Max(12000) Integer probationMonths,
        @Schema(nullable = true, description = "The amount of a fine or confiscation.", example = "1500000")
        @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal amount,
        @Schema(nullable = true, description = "The unit of the amount: ISO 4217, or `MRP` for Kazakhstan's monthly calculation index.", example = "KZT")
        @Code(Code.Kind.CURRENCY) String currency,
        @Schema(nullable = true, description = "What an activity ban forbids.", example = "engaging in public and political activities for 5 years")
        @Size(max = 1000) String banScope) {

    static Component from(SentenceComponent c) {
        return new Component(c.getType(), c.getTermMonths(), c.getRegime(), c.getSuspended(), c.getProbationMonths(),
                c.getAmount(), c.getCurrency(), c.getBanScope());
    }

    SentenceComponent toEntity() {
        return new SentenceComponent(type, termMonths, regime, suspended, probationMonths,
                amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY), currency, banScope);
    }
}
