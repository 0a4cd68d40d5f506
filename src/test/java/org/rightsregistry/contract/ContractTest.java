package org.rightsregistry.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

/** The committed contract under openapi/ is what the code generates, and every operation is fully described. */
@QuarkusTest
class ContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private static String committed(String path) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "show", "HEAD:" + path).redirectErrorStream(false).start();
        byte[] out = git.getInputStream().readAllBytes();
        int status = git.waitFor();
        assumeThat(status).as("openapi/ is compared with the last commit, so the tests must run in a git checkout").isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void shouldServeExactlyTheCommittedContract() throws Exception {
        String servedYaml = Api.plain().get("/q/openapi").then().statusCode(200).extract().asString();
        String servedJson = Api.plain().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(YAML.readTree(servedYaml))
                .as("openapi/openapi.yaml differs from what the code generates; the build has rewritten it: review and commit it")
                .isEqualTo(YAML.readTree(committed("openapi/openapi.yaml")));
        assertThat(JSON.readTree(servedJson))
                .as("openapi/openapi.json differs from what the code generates; the build has rewritten it: review and commit it")
                .isEqualTo(JSON.readTree(committed("openapi/openapi.json")));
    }

    @Test
    void shouldVersionTheContractWithTheProjectAndKeepItsChangelog() throws Exception {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        java.util.regex.Matcher version = java.util.regex.Pattern
                .compile("<artifactId>rights-registry</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(version.find()).as("the project version in pom.xml").isTrue();
        JsonNode doc = JSON.readTree(Api.plain().queryParam("format", "json").get("/q/openapi").asString());
        assertThat(doc.path("info").path("version").asText()).isEqualTo(version.group(1));
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("openapi/CHANGELOG.md")))
                .as("openapi/CHANGELOG.md has a section for the current version")
                .contains("## " + version.group(1));
    }

    @Test
    void shouldDescribeEveryOperationWithIdTagSummaryAndProblemErrors() throws Exception {
        JsonNode doc = JSON.readTree(Api.plain().queryParam("format", "json").get("/q/openapi").asString());
        List<String> operationIds = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                assertThat(op.path("operationId").asText()).as(where + " operationId").isNotBlank();
                operationIds.add(op.path("operationId").asText());
                assertThat(op.path("tags")).as(where + " tags").isNotEmpty();
                assertThat(op.path("summary").asText()).as(where + " summary").isNotBlank();
                JsonNode responses = op.path("responses");
                assertThat(responses.fieldNames()).toIterable().as(where + " success response")
                        .anyMatch(code -> code.startsWith("2"));
                responses.fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        JsonNode resolved = resolve(doc, response.getValue());
                        assertThat(resolved.path("content").path("application/problem+json").path("schema").path("$ref").asText())
                                .as(where + " " + response.getKey()).isEqualTo("#/components/schemas/Problem");
                    }
                });
            }
        }
        assertThat(operationIds).doesNotHaveDuplicates().contains(
                "listPersons", "getPerson", "createPerson", "replacePerson", "patchPerson", "deletePerson",
                "listCases", "getCase", "createCase", "listParties", "addParty", "getParty", "removeParty",
                "listCharges", "createCharge", "listSentences", "createSentence", "listAppeals", "createAppeal");
    }

    @Test
    void shouldDescribeEverySchemaPropertyEnumValueOperationParameterAndHeader() throws Exception {
        JsonNode doc = JSON.readTree(Api.plain().queryParam("format", "json").get("/q/openapi").asString());
        List<String> missing = new ArrayList<>();
        doc.path("components").path("schemas").fields().forEachRemaining(schema ->
                describedSchema(schema.getValue(), "schema " + schema.getKey(), missing));
        doc.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            path.getValue().fields().forEachRemaining(operation -> {
                if (!METHODS.contains(operation.getKey())) {
                    return;
                }
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                String description = op.path("description").asText()
                        .replaceAll("Needs a token with the role `\\w+`\\.", "")
                        .replace(org.rightsregistry.security.SecurityDocumentation.READ_NOTE, "");
                if (description.isBlank()) {
                    missing.add(where + ": description (besides the security note)");
                }
                if (!op.has("security")) {
                    missing.add(where + ": security requirement");
                }
                op.path("parameters").forEach(parameter -> {
                    JsonNode resolved = resolve(doc, parameter);
                    if (resolved.path("description").asText().isBlank()) {
                        missing.add(where + ": parameter " + resolved.path("name").asText());
                    }
                });
                op.path("responses").fields().forEachRemaining(response -> {
                    JsonNode resolved = resolve(doc, response.getValue());
                    if (resolved.path("description").asText().isBlank()) {
                        missing.add(where + ": response " + response.getKey());
                    }
                    resolved.path("headers").fields().forEachRemaining(header -> {
                        if (resolve(doc, header.getValue()).path("description").asText().isBlank()) {
                            missing.add(where + ": header " + header.getKey() + " of " + response.getKey());
                        }
                    });
                });
            });
        });
        assertThat(missing).as("parts of the contract without a description").isEmpty();
    }

    /** A schema has a description that names each of its enum values (`VALUE`), and so has each of its properties. */
    private static void describedSchema(JsonNode schema, String where, List<String> missing) {
        String description = schema.path("description").asText();
        if (description.isBlank()) {
            missing.add(where + ": description");
        }
        schema.path("enum").forEach(value -> {
            if (!description.contains("`" + value.asText() + "`")) {
                missing.add(where + ": meaning of `" + value.asText() + "` in its description");
            }
        });
        schema.path("properties").fields().forEachRemaining(property ->
                describedSchema(property.getValue(), where + "." + property.getKey(), missing));
        schema.path("items").path("properties").fields().forEachRemaining(property ->
                describedSchema(property.getValue(), where + "[]." + property.getKey(), missing));
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText();
        if (ref.isEmpty()) {
            return node;
        }
        JsonNode target = doc;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    @Test
    void shouldServeHealthAndSwaggerUi() {
        Api.plain().get("/q/health/ready").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Database")));
        Api.plain().get("/q/health/live").then().statusCode(200);
        Api.plain().get("/q/swagger-ui/").then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/html"));
    }
}
