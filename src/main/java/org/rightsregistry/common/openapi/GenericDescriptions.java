package org.rightsregistry.common.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Describes what the annotation scanner leaves bare and every resource shares: the ids in paths, the JSON Merge
 * Patch bodies (a {@code JsonNode} in the code, which the scanner would publish as Jackson's node class) and the
 * {@code UUID} and {@code Instant} schemas. A new resource is described without annotations of its own.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class GenericDescriptions implements OASFilter {

    static final String MERGE_PATCH_SCHEMA = "MergePatch";

    private static final Map<String, String> SINGULAR = Map.of(
            "persons", "person", "cases", "case", "charges", "charge", "sentences", "sentence",
            "appeals", "appeal", "sources", "source", "tokens", "token", "parties", "party");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getComponents() == null) {
            return;
        }
        openAPI.getComponents().addSchema(MERGE_PATCH_SCHEMA, OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .additionalPropertiesBoolean(Boolean.TRUE)
                .description("A JSON Merge Patch (RFC 7396) of a record: the writable fields to change, with their new "
                        + "values; a field set to `null` is cleared, a field left out keeps its value, and a list is "
                        + "replaced whole. The result is validated like a full replacement (`PUT`)."));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().values().forEach(operation -> {
                describePathIds(path, operation);
                useMergePatchSchema(path, operation);
            });
        });
        openAPI.getComponents().removeSchema("JsonNode");
        openAPI.getComponents().removeSchema("JsonNodeType");
        // the raw generic Page<T> that its @Schema adds; operations return its parameterised forms (PagePersonResponse, …)
        openAPI.getComponents().removeSchema("Page");
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        describe(schemas.get("UUID"), "A UUID (RFC 9562), the id of a record.", "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13");
        describe(schemas.get("Instant"), "A point in time, RFC 3339 in UTC.", "2026-11-29T14:02:07Z");
        // a group's value is null where the records have none (persons without a status): say so in the map's values
        Schema group = schemas.get("StatisticsGroup");
        if (group != null && group.getProperties() != null && group.getProperties().get("values") != null) {
            group.getProperties().get("values").additionalPropertiesSchema(OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL)));
        }
    }

    /** {@code /api/v1/cases/{caseId}/parties/{personId}}: each id is named by the collection it stands in. */
    private static void describePathIds(String path, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        String[] segments = path.split("/");
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() != Parameter.In.PATH || parameter.getDescription() != null || parameter.getRef() != null) {
                continue;
            }
            for (int i = 1; i < segments.length; i++) {
                if (segments[i].equals("{" + parameter.getName() + "}")) {
                    String record = SINGULAR.getOrDefault(segments[i - 1], "record");
                    parameter.setDescription("party".equals(record)
                            ? "The id of the person who is a party of the case (a UUID)."
                            : "The id of the " + record + " (a UUID).");
                    parameter.setExample("6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13");
                }
            }
        }
    }

    /** A typical change of each kind of record, as the example of its merge patch. */
    private static final Map<String, Map<String, Object>> PATCH_EXAMPLES = Map.of(
            "persons", exampleOf("status", "IMPRISONED", "statusSince", "2022-01"),
            "cases", exampleOf("stage", "APPEAL"),
            "parties", exampleOf("role", "CONVICTED", "since", "2021-09-14"),
            "charges", exampleOf("status", "CONVICTED"),
            "sentences", exampleOf("status", "IN_FORCE"),
            "appeals", exampleOf("status", "DECIDED", "decidedOn", "2021-12-07", "outcome", "REDUCED"),
            "sources", exampleOf("reliability", "HIGH"));

    private static void useMergePatchSchema(String path, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType patch = operation.getRequestBody().getContent().getMediaType(ApiDefinition.MERGE_PATCH);
        if (patch != null) {
            patch.setSchema(OASFactory.createSchema().ref(MERGE_PATCH_SCHEMA));
            String[] segments = path.split("/");
            String collection = segments[segments.length - 2];
            if (PATCH_EXAMPLES.containsKey(collection)) {
                patch.setExample(PATCH_EXAMPLES.get(collection));
            }
            if (operation.getRequestBody().getDescription() == null) {
                operation.getRequestBody().setDescription("The fields to change; `null` clears a field.");
            }
        }
    }

    private static void describe(Schema schema, String description, String example) {
        if (schema != null && schema.getDescription() == null) {
            schema.setDescription(description);
            schema.setExamples(List.of(example));
        }
    }

    private static Map<String, Object> exampleOf(String... keysAndValues) {
        Map<String, Object> example = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            example.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return example;
    }
}
