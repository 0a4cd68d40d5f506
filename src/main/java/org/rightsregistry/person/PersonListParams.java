package org.rightsregistry.person;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.rightsregistry.common.paging.CitedListParams;
import org.rightsregistry.common.web.QueryValues;

/** The query parameters of {@code GET /api/v1/persons}. Repeat a parameter for OR; different parameters AND. */
public class PersonListParams extends CitedListParams {

    @QueryParam("status")
    @Parameter(description = "Only persons with one of these statuses.", example = "PRE_TRIAL_DETENTION",
            schema = @Schema(type = SchemaType.ARRAY, implementation = PersonStatus.class))
    public List<String> status;

    @QueryParam("role")
    @Parameter(description = "Only persons with at least one of these roles.", example = "JOURNALIST",
            schema = @Schema(type = SchemaType.ARRAY, implementation = PersonRole.class))
    public List<String> role;

    @QueryParam("gender")
    @Parameter(description = "Only persons of one of these genders.", schema = @Schema(type = SchemaType.ARRAY, implementation = Gender.class))
    public List<String> gender;

    @QueryParam("citizenship")
    @Parameter(description = "Only persons with one of these citizenships (ISO 3166-1 alpha-2).", example = "KZ",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> citizenship;

    PersonFilter filter() {
        return new PersonFilter(
                QueryValues.enums("status", status, PersonStatus.class),
                QueryValues.enums("role", role, PersonRole.class),
                QueryValues.enums("gender", gender, Gender.class),
                QueryValues.countries("citizenship", citizenship),
                uncited());
    }
}
