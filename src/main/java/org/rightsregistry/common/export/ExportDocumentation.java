package org.rightsregistry.common.export;

import java.util.List;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the exports of every list that takes {@code format}: its 200 response is the JSON page, a CSV file or
 * an NDJSON stream (the scanner would give all three the page's schema).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ExportDocumentation implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Operation get = item.getGET();
            if (get == null || get.getParameters() == null
                    || get.getParameters().stream().noneMatch(p -> "format".equals(p.getName()))) {
                return;
            }
            APIResponse ok = get.getResponses().getAPIResponse("200");
            Content content = ok.getContent();
            content.addMediaType(ExportFormat.CSV.mediaType, OASFactory.createMediaType().schema(OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.STRING))
                    .description("With `format=csv` or `Accept: text/csv`: every matching record, UTF-8, RFC 4180, one header "
                            + "row; the columns are the fields of the JSON record (a nested object's fields as `field.sub`), "
                            + "lists joined by `; `, citations as their sources' ids; cells beginning with `=`, `+`, `-` or "
                            + "`@` start with `'`. Sent with `Content-Disposition: attachment; filename=\"<list>.csv\"`.")
                    .examples(List.of("id,version,fullName\r\n6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13,1,Aigerim Zhaksylykova\r\n"))));
            content.addMediaType(ExportFormat.NDJSON.mediaType, OASFactory.createMediaType().schema(OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.STRING))
                    .description("With `format=ndjson` or `Accept: application/x-ndjson`: every matching record, one JSON "
                            + "object per line, each exactly as in the JSON list's `items`. Sent with `Content-Disposition: attachment; "
                            + "filename=\"<list>.ndjson\"`.")
                    .examples(List.of("{\"id\":\"6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13\",\"version\":1}\n"))));
        });
    }
}
