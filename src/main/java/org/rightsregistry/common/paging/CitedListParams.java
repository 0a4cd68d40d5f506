package org.rightsregistry.common.paging;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.rightsregistry.common.error.ApiException;

/** The parameters of lists of records that carry citations. */
public class CitedListParams extends ListParams {

    @QueryParam("uncited")
    @Parameter(description = "`true`: only records without any citation, so editors can find unsupported facts; "
            + "`false`: only records with at least one.", schema = @Schema(type = SchemaType.BOOLEAN))
    public String uncited;

    protected Boolean uncited() {
        if (uncited == null) {
            return null;
        }
        return switch (uncited) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.invalid("uncited", "must be true or false");
        };
    }
}
