package org.rightsregistry.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.unique;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

@QuarkusTest
class AccessTest {

    @Inject
    EntityManager em;

    private static Response createToken(String name, String role) {
        return Api.json().body(Map.of("name", name, "role", role)).post("/api/v1/tokens");
    }

    private static String token(String role) {
        return createToken(unique(role), role).then().statusCode(201).extract().path("secret");
    }

    @Test
    void shouldLetAnyoneReadButOnlyTokensWrite() {
        String id = aPerson().create();
        Api.anonymous().get("/api/v1/persons/" + id).then().statusCode(200);
        Api.anonymous().get("/api/v1/persons").then().statusCode(200);
        Api.anonymous().body(Map.of("fullName", "Dana Omarova")).post("/api/v1/persons").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", is("/problems/unauthorized"))
                .body("status", is(401));
        Api.anonymous().contentType("application/merge-patch+json").body("{\"region\":\"x\"}").patch("/api/v1/persons/" + id)
                .then().statusCode(401);
        Api.anonymous().delete("/api/v1/persons/" + id).then().statusCode(401);
        Api.json().get("/api/v1/persons/" + id).then().body("version", is(1));
    }

    @Test
    void shouldGiveEachRoleWhatItNeeds() {
        String viewer = token("viewer");
        String editor = token("editor");
        Api.as(viewer).contentType(ContentType.JSON).get("/api/v1/persons").then().statusCode(200);
        Api.as(viewer).contentType(ContentType.JSON).body(Map.of("fullName", "Dana Omarova")).post("/api/v1/persons").then()
                .statusCode(403).contentType("application/problem+json").body("type", is("/problems/forbidden"));
        String id = Api.as(editor).contentType(ContentType.JSON).body(Map.of("fullName", "Dana Omarova")).post("/api/v1/persons")
                .then().statusCode(201).extract().path("id");
        Api.as(editor).contentType("application/merge-patch+json").body("{\"region\":\"Taraz\"}").patch("/api/v1/persons/" + id)
                .then().statusCode(200);
        Api.as(editor).delete("/api/v1/persons/" + id).then().statusCode(403);
        Api.as(editor).get("/api/v1/tokens").then().statusCode(403);
        Api.json().delete("/api/v1/persons/" + id).then().statusCode(204);
    }

    @Test
    void shouldRecordTheTokenNameAsTheActor() {
        String name = unique("field-office");
        String secret = createToken(name, "editor").then().statusCode(201).extract().path("secret");
        String id = Api.as(secret).contentType(ContentType.JSON).body(Map.of("fullName", "Dana Omarova")).post("/api/v1/persons")
                .then().statusCode(201).extract().path("id");
        Api.json().get("/api/v1/persons/" + id + "/history").then().body("items[0].actor", is(name));
    }

    @Test
    void shouldShowTheSecretOnceAndListTokensWithoutIt() {
        String name = unique("laptop");
        Response created = createToken(name, "viewer");
        String id = created.then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("name", is(name))
                .body("role", is("viewer"))
                .body("createdBy", is("admin"))
                .body("secret", startsWith("rr_"))
                .extract().path("id");
        created.then().header("Location", endsWith("/api/v1/tokens/" + id));
        Api.json().get("/api/v1/tokens").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.name", is(name))
                .body("find { it.id == '" + id + "' }.secret", nullValue())
                .body("secret", everyItem(nullValue()));
    }

    @Test
    void shouldRefuseRevokedExpiredAndMalformedTokens() {
        Response created = createToken(unique("revoked"), "editor");
        String secret = created.path("secret");
        String id = created.path("id");
        Api.as(secret).get("/api/v1/persons").then().statusCode(200);
        Api.json().delete("/api/v1/tokens/" + id).then().statusCode(204);
        Api.as(secret).get("/api/v1/persons").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        Api.json().get("/api/v1/tokens").then().body("find { it.id == '" + id + "' }.revokedAt", org.hamcrest.Matchers.notNullValue());

        Response expiring = createToken(unique("expiring"), "editor");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update api_token set expires_at = ?1 where id = ?2")
                .setParameter(1, java.time.OffsetDateTime.now().minusMinutes(1))
                .setParameter(2, java.util.UUID.fromString(expiring.path("id"))).executeUpdate());
        Api.as(expiring.<String>path("secret")).get("/api/v1/persons").then().statusCode(401);

        Api.anonymous().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/v1/persons").then().statusCode(401);
        Api.as("rr_not-a-token").get("/api/v1/persons").then().statusCode(401).body("type", is("/problems/unauthorized"));
        Api.anonymous().header("Authorization", "Bearer ").get("/api/v1/persons").then().statusCode(401);
        Api.json().delete("/api/v1/tokens/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void shouldValidateTokenRequests() {
        Api.json().body(Map.of("name", "x", "role", "superuser")).post("/api/v1/tokens").then().statusCode(400)
                .body("errors[0].field", is("role"));
        Api.json().body(Map.of("role", "viewer")).post("/api/v1/tokens").then().statusCode(400).body("errors[0].field", is("name"));
        Api.json().body(Map.of("name", "x", "role", "viewer", "expiresAt", Instant.now().minusSeconds(60).toString()))
                .post("/api/v1/tokens").then().statusCode(422).body("errors[0].field", is("expiresAt"));
        Api.anonymous().body(Map.of("name", "x", "role", "admin")).post("/api/v1/tokens").then().statusCode(401);
    }

    @Test
    void shouldDeclareTheBearerSchemeAndTheRolesInTheContract() {
        Api.plain().queryParam("format", "json").get("/q/openapi").then()
                .body("components.securitySchemes.bearer.scheme", is("bearer"))
                .body("paths.'/api/v1/persons'.post.security[0].bearer", contains("editor"))
                .body("paths.'/api/v1/persons/{id}'.delete.security[0].bearer", contains("admin"))
                .body("paths.'/api/v1/tokens'.get.security[0].bearer", contains("admin"))
                .body("paths.'/api/v1/persons'.post.responses.keySet()", hasItem("401"))
                .body("paths.'/api/v1/persons'.get.security.size()", is(2));
    }
}
