package org.rightsregistry.person;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.rightsregistry.charge.ChargeStatus;
import org.rightsregistry.common.paging.CitedListParams;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.paging.SortField;
import org.rightsregistry.common.record.RegistryRecord;
import org.rightsregistry.common.web.QueryValues;
import org.rightsregistry.search.RankedPages;
import org.rightsregistry.search.SearchQuery;

/** The query parameters of {@code GET /api/v1/persons}. Repeat a parameter for OR; different parameters AND. */
public class PersonListParams extends CitedListParams {

    @QueryParam("q")
    @Parameter(description = "A name in any script and spelling: Cyrillic or Latin, any case, with or without diacritics, "
            + "in any common transliteration, with one or two typos. Every word must match a word of one of the person's names. "
            + "Results are ranked (whole name, exact words, other spellings, typos) unless `sort` is given; at most 200 characters "
            + "and 8 words; blank is the same as absent.", example = "Жаксылыкова", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    @QueryParam("status")
    @Parameter(description = "Only persons with one of these statuses.", example = "[\"PRE_TRIAL_DETENTION\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = PersonStatus.class))
    public List<String> status;

    @QueryParam("role")
    @Parameter(description = "Only persons with at least one of these roles.", example = "[\"JOURNALIST\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = PersonRole.class))
    public List<String> role;

    @QueryParam("gender")
    @Parameter(description = "Only persons of one of these genders.", example = "[\"FEMALE\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Gender.class))
    public List<String> gender;

    @QueryParam("citizenship")
    @Parameter(description = "Only persons with one of these citizenships (ISO 3166-1 alpha-2).", example = "[\"KZ\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> citizenship;

    @QueryParam("residenceCountry")
    @Parameter(description = "Only persons living (or who lived) in one of these countries (ISO 3166-1 alpha-2).", example = "[\"BE\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> residenceCountry;

    @QueryParam("birthFrom")
    @Parameter(description = "Only persons born on or after the first day of this date (EDTF: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`). "
            + "Callers without a token see years of birth only, so for them it must be a year (400 otherwise), and `sort=birthDate` "
            + "needs a token.",
            example = "1980", schema = @Schema(type = SchemaType.STRING))
    public String birthFrom;

    @QueryParam("birthTo")
    @Parameter(description = "Only persons born on or before the last day of this date (EDTF); a year for callers without a token.",
            example = "1989",
            schema = @Schema(type = SchemaType.STRING))
    public String birthTo;

    @QueryParam("deathFrom")
    @Parameter(description = "Only persons who died on or after the first day of this date (EDTF).", example = "2020",
            schema = @Schema(type = SchemaType.STRING))
    public String deathFrom;

    @QueryParam("deathTo")
    @Parameter(description = "Only persons who died on or before the last day of this date (EDTF).", example = "2021-06",
            schema = @Schema(type = SchemaType.STRING))
    public String deathTo;

    @QueryParam("caseId")
    @Parameter(description = "Only persons who are a party of one of these cases.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = java.util.UUID.class))
    public List<String> caseId;

    @QueryParam("country")
    @Parameter(description = "Only persons who are a party of a case in one of these countries (ISO 3166-1 alpha-2).", example = "[\"KZ\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> country;

    @QueryParam("law")
    @Parameter(description = "Only persons charged under one of these legal codes (with `article` and `chargeStatus`: "
            + "all of them in the same charge).", example = "[\"KZ-CC-2014\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> law;

    @QueryParam("article")
    @Parameter(description = "Only persons charged under one of these articles; `405` also matches its parts `405(1)`, `405(2)`.",
            example = "[\"405\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> article;

    @QueryParam("chargeStatus")
    @Parameter(description = "Only persons with a charge in one of these statuses.", example = "[\"INDICTED\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = ChargeStatus.class))
    public List<String> chargeStatus;

    @QueryParam("minTermMonths")
    @Parameter(description = "Only persons sentenced to imprisonment of at least this many months (suspended or not; "
            + "life imprisonment counts as longer than any term).", example = "60",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1200"))
    public String minTermMonths;

    @QueryParam("maxTermMonths")
    @Parameter(description = "Only persons sentenced to imprisonment of at most this many months (in the same sentence "
            + "component as `minTermMonths`).", example = "120", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1200"))
    public String maxTermMonths;

    public PersonFilter filter() {
        return new PersonFilter(
                QueryValues.enums("status", status, PersonStatus.class),
                QueryValues.enums("role", role, PersonRole.class),
                QueryValues.enums("gender", gender, Gender.class),
                QueryValues.countries("citizenship", citizenship),
                QueryValues.countries("residenceCountry", residenceCountry),
                QueryValues.date("birthFrom", birthFrom),
                QueryValues.date("birthTo", birthTo),
                QueryValues.date("deathFrom", deathFrom),
                QueryValues.date("deathTo", deathTo),
                QueryValues.uuids("caseId", caseId),
                QueryValues.countries("country", country),
                QueryValues.texts("law", law, 50),
                QueryValues.texts("article", article, 50),
                QueryValues.enums("chargeStatus", chargeStatus, ChargeStatus.class),
                QueryValues.integer("minTermMonths", minTermMonths, 0, 1200),
                QueryValues.integer("maxTermMonths", maxTermMonths, 0, 1200),
                SearchQuery.parse("q", q),
                uncited());
    }

    /** Under {@code q} the default order is by relevance. */
    @Override
    public <E extends RegistryRecord> PageRequest<E> page(List<SortField<E>> sortable) {
        return super.page(q == null || q.isBlank() ? sortable : RankedPages.withRelevance(sortable));
    }
}
