package org.rightsregistry.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rightsregistry.support.Fixtures.aToken;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

/**
 * Every role against every operation of the committed contract, the table read from the contract itself: an operation
 * declares the role it needs ({@code security: [{bearer: [role]}]}) or that anyone may call it ({@code {}}). A caller
 * below the role gets 401 (no token, with {@code WWW-Authenticate: Bearer}) or 403 (a token) in problem+json; a caller
 * with it never does. Ids are random (a parameter whose values the contract lists takes the first), so the calls that
 * pass the check end in 404 or 400, or import nothing, and change nothing.
 */
@QuarkusTest
class RoleTableTest {

    private static final List<String> ROLES = List.of("anonymous", "viewer", "editor", "admin");

    @Test
    void shouldGiveEveryRoleExactlyWhatTheContractDeclaresForEveryOperation() throws Exception {
        Map<String, String> tokens = Map.of(
                "viewer", aToken("viewer"), "editor", aToken("editor"), "admin", Api.ADMIN_TOKEN);
        JsonNode doc = new ObjectMapper().readTree(Files.readAllBytes(Path.of("openapi/openapi.json")));
        List<String> table = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> op = methods.next();
                String needed = needed(op.getValue());
                String url = url(path.getKey(), op.getValue());
                for (String role : ROLES) {
                    boolean allowed = needed == null || ROLES.indexOf(role) >= ROLES.indexOf(needed);
                    Response response = call(role.equals("anonymous") ? null : tokens.get(role), op.getKey().toUpperCase(), url,
                            op.getValue().path("requestBody").path("content").fieldNames());
                    String what = role + " " + op.getKey().toUpperCase() + " " + path.getKey() + " (needs " + needed + ")";
                    table.add(what + " -> " + response.statusCode());
                    if (allowed) {
                        assertNotEquals(401, response.statusCode(), what);
                        assertNotEquals(403, response.statusCode(), what);
                        assertTrue(response.statusCode() < 500, what + " gave " + response.statusCode());
                    } else {
                        assertEquals(role.equals("anonymous") ? 401 : 403, response.statusCode(), what);
                        assertEquals("application/problem+json", response.contentType().split(";")[0], what);
                        if (role.equals("anonymous")) {
                            assertTrue(response.header("WWW-Authenticate").startsWith("Bearer"), what);
                        }
                    }
                }
            }
        }
        assertTrue(table.size() >= 4 * 50, "the contract has " + table.size() / 4 + " operations");
    }

    /** The role an operation declares, or null when it is open to anyone. */
    private static String needed(JsonNode operation) {
        String role = null;
        for (JsonNode requirement : operation.path("security")) {
            if (requirement.isEmpty()) {
                return null;
            }
            JsonNode scopes = requirement.path("bearer");
            role = scopes.isEmpty() ? "viewer" : scopes.get(0).asText();
        }
        return role;
    }

    /** The path with a random id for each parameter, or the first of its values where the contract lists them. */
    private static String url(String template, JsonNode operation) {
        String url = template;
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode values = parameter.path("schema").path("enum");
            if (parameter.path("in").asText().equals("path") && !values.isEmpty()) {
                url = url.replace("{" + parameter.path("name").asText() + "}", values.get(0).asText());
            }
        }
        return url.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    /** A call with an empty body of the operation's own media type (a CSV header alone for CSV), where it takes one. */
    private static Response call(String token, String method, String url, Iterator<String> bodyTypes) {
        RequestSpecification spec = RestAssured.given();
        if (token != null) {
            spec.header("Authorization", "Bearer " + token);
        }
        if (bodyTypes.hasNext()) {
            String type = bodyTypes.next();
            boolean csv = type.equals("text/csv");
            spec.contentType(csv ? type + "; charset=UTF-8" : type)
                    .body((csv ? "id\r\n" : "{}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return spec.request(method, url);
    }
}
