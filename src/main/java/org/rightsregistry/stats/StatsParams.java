package org.rightsregistry.stats;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.web.QueryValues;

/**
 * The query parameters of {@code GET /api/v1/stats}: what to count, how to group it, and the filters of the list of
 * the counted records, with the same names and meanings as on that list. A filter that list does not take is a 400.
 */
public class StatsParams {

    private static final String SAME = " Same as on the list of the counted records; only where that list takes it.";

    @QueryParam("by")
    @Parameter(description = "Group by one or two of these dimensions (repeat the parameter for two). Without it, only totals.",
            example = "[\"COUNTRY\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = Dimension.class, maxItems = 2))
    public List<String> by;

    @QueryParam("count")
    @Parameter(description = "What to count; by default the record type of the first `by` dimension, or persons.",
            example = "PERSONS", schema = @Schema(implementation = Unit.class))
    public String count;

    @QueryParam("status")
    @Parameter(description = "The status of the counted records (persons, charges or sentences)." + SAME, example = "[\"PRE_TRIAL_DETENTION\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> status;

    @QueryParam("role")
    @Parameter(description = "Persons: role." + SAME, example = "[\"JOURNALIST\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> role;

    @QueryParam("gender")
    @Parameter(description = "Persons: gender." + SAME, example = "[\"FEMALE\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> gender;

    @QueryParam("citizenship")
    @Parameter(description = "Persons: citizenship." + SAME, example = "[\"KZ\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> citizenship;

    @QueryParam("residenceCountry")
    @Parameter(description = "Persons: residence country." + SAME, example = "[\"BE\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> residenceCountry;

    @QueryParam("birthFrom")
    @Parameter(description = "Persons: born from (EDTF)." + SAME, example = "1980", schema = @Schema(type = SchemaType.STRING))
    public String birthFrom;

    @QueryParam("birthTo")
    @Parameter(description = "Persons: born until (EDTF)." + SAME, example = "1989", schema = @Schema(type = SchemaType.STRING))
    public String birthTo;

    @QueryParam("deathFrom")
    @Parameter(description = "Persons: died from (EDTF)." + SAME, example = "2020", schema = @Schema(type = SchemaType.STRING))
    public String deathFrom;

    @QueryParam("deathTo")
    @Parameter(description = "Persons: died until (EDTF)." + SAME, example = "2021", schema = @Schema(type = SchemaType.STRING))
    public String deathTo;

    @QueryParam("caseId")
    @Parameter(description = "Persons, charges, sentences: in one of these cases." + SAME,
            schema = @Schema(type = SchemaType.ARRAY, implementation = java.util.UUID.class))
    public List<String> caseId;

    @QueryParam("personId")
    @Parameter(description = "Cases, charges, sentences: of one of these persons." + SAME,
            schema = @Schema(type = SchemaType.ARRAY, implementation = java.util.UUID.class))
    public List<String> personId;

    @QueryParam("country")
    @Parameter(description = "The country of the case (of the counted case, or of a case of the counted person, charge or sentence)."
            + SAME, example = "[\"KZ\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> country;

    @QueryParam("kind")
    @Parameter(description = "Cases: kind." + SAME, example = "[\"CRIMINAL\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> kind;

    @QueryParam("stage")
    @Parameter(description = "Cases: stage." + SAME, example = "[\"TRIAL\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> stage;

    @QueryParam("theme")
    @Parameter(description = "Cases: theme." + SAME, example = "[\"EXPRESSION\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> theme;

    @QueryParam("openedFrom")
    @Parameter(description = "Cases: opened from (EDTF)." + SAME, example = "2020", schema = @Schema(type = SchemaType.STRING))
    public String openedFrom;

    @QueryParam("openedTo")
    @Parameter(description = "Cases: opened until (EDTF)." + SAME, example = "2021", schema = @Schema(type = SchemaType.STRING))
    public String openedTo;

    @QueryParam("closedFrom")
    @Parameter(description = "Cases: closed from (EDTF)." + SAME, example = "2022", schema = @Schema(type = SchemaType.STRING))
    public String closedFrom;

    @QueryParam("closedTo")
    @Parameter(description = "Cases: closed until (EDTF)." + SAME, example = "2023", schema = @Schema(type = SchemaType.STRING))
    public String closedTo;

    @QueryParam("law")
    @Parameter(description = "Persons, cases, charges: under one of these legal codes." + SAME, example = "[\"KZ-CC-2014\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> law;

    @QueryParam("article")
    @Parameter(description = "Persons, cases, charges: under one of these articles (`405` includes its parts)." + SAME, example = "[\"405\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> article;

    @QueryParam("chargeStatus")
    @Parameter(description = "Persons: with a charge in one of these statuses." + SAME, example = "[\"INDICTED\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> chargeStatus;

    @QueryParam("filedFrom")
    @Parameter(description = "Charges: filed from (EDTF)." + SAME, example = "2020", schema = @Schema(type = SchemaType.STRING))
    public String filedFrom;

    @QueryParam("filedTo")
    @Parameter(description = "Charges: filed until (EDTF)." + SAME, example = "2021", schema = @Schema(type = SchemaType.STRING))
    public String filedTo;

    @QueryParam("verdict")
    @Parameter(description = "Sentences: verdict." + SAME, example = "[\"GUILTY\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> verdict;

    @QueryParam("componentType")
    @Parameter(description = "Sentences: with a component of one of these types." + SAME, example = "[\"IMPRISONMENT\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> componentType;

    @QueryParam("minTermMonths")
    @Parameter(description = "Persons, sentences: imprisonment of at least this many months." + SAME, example = "60",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1200"))
    public String minTermMonths;

    @QueryParam("maxTermMonths")
    @Parameter(description = "Persons, sentences: imprisonment of at most this many months." + SAME, example = "120",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1200"))
    public String maxTermMonths;

    @QueryParam("decidedFrom")
    @Parameter(description = "Sentences: decided from (EDTF)." + SAME, example = "2019", schema = @Schema(type = SchemaType.STRING))
    public String decidedFrom;

    @QueryParam("decidedTo")
    @Parameter(description = "Sentences: decided until (EDTF)." + SAME, example = "2020-06", schema = @Schema(type = SchemaType.STRING))
    public String decidedTo;

    List<Dimension> dimensions() {
        List<Dimension> dimensions = new ArrayList<>(QueryValues.enums("by", by, Dimension.class));
        if (dimensions.size() > 2) {
            throw ApiException.invalid("by", "takes one or two dimensions");
        }
        return dimensions;
    }

    Unit unit(List<Dimension> dimensions) {
        if (count == null) {
            return dimensions.isEmpty() ? Unit.PERSONS : dimensions.get(0).unit;
        }
        return QueryValues.enums("count", List.of(count), Unit.class).iterator().next();
    }

    /**
     * The list parameters for the counted records, with the filters given here copied by name; a filter given here
     * that the list does not take is a 400 naming it.
     */
    <T> T filtersFor(T listParams, Unit unit) {
        Set<String> taken = new TreeSet<>();
        for (Field target : listParams.getClass().getDeclaredFields()) {
            QueryParam name = target.getAnnotation(QueryParam.class);
            if (name == null || name.value().equals("q")) {
                continue;
            }
            taken.add(name.value());
            try {
                Field source = StatsParams.class.getDeclaredField(target.getName());
                target.set(listParams, source.get(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("statistics lack the filter " + name.value(), e);
            }
        }
        for (Field field : StatsParams.class.getDeclaredFields()) {
            QueryParam name = field.getAnnotation(QueryParam.class);
            if (name == null || name.value().equals("by") || name.value().equals("count") || taken.contains(name.value())) {
                continue;
            }
            try {
                Object value = field.get(this);
                if (value != null && !(value instanceof List<?> values && values.isEmpty())) {
                    throw ApiException.invalid(name.value(), "is not a filter of " + unit.name().toLowerCase()
                            + "; counting " + unit.name().toLowerCase() + " takes " + String.join(", ", taken));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return listParams;
    }
}
