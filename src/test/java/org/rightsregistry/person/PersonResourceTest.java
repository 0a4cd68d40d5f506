package org.rightsregistry.person;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.rightsregistry.support.Fixtures.aPartyOfACase;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aSource;
import static org.rightsregistry.support.Fixtures.aToken;
import static org.rightsregistry.support.Fixtures.citation;
import static org.rightsregistry.support.Fixtures.inventedSurname;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

@QuarkusTest
class PersonResourceTest {

    @Test
    void shouldReturnTheCreatedPersonWithLocationEtagAndEveryField() {
        var response = aPerson()
                .with("fullName", "Aigerim Zhaksylykova")
                .withList("names", Map.of("name", "Айгерім Жақсылықова", "lang", "kk", "script", "Cyrl", "kind", "NATIVE"))
                .with("gender", "FEMALE")
                .with("birthDate", "1988~")
                .withList("citizenships", "KZ")
                .with("residenceCountry", "KZ")
                .with("region", "Almaty")
                .with("occupation", "schoolteacher")
                .withList("roles", "BLOGGER", "ACTIVIST")
                .with("status", "PRE_TRIAL_DETENTION")
                .with("statusSince", "2021-03")
                .with("summary", "Invented person.\nSecond line with \"quotes\".")
                .with("safetyNotes", "Invented note.")
                .post();
        String id = response.then().statusCode(201).extract().path("id");
        response.then()
                .contentType("application/json")
                .header("Location", endsWith("/api/v1/persons/" + id))
                .header("ETag", "\"1\"")
                .body("version", is(1))
                .body("visibility", is("PUBLIC"))
                .body("fullName", is("Aigerim Zhaksylykova"))
                .body("names[0].name", is("Айгерім Жақсылықова"))
                .body("names[0].lang", is("kk"))
                .body("names[0].script", is("Cyrl"))
                .body("names[0].kind", is("NATIVE"))
                .body("gender", is("FEMALE"))
                .body("birthDate", is("1988~"))
                .body("deathDate", nullValue())
                .body("citizenships", contains("KZ"))
                .body("roles", contains("ACTIVIST", "BLOGGER"))
                .body("status", is("PRE_TRIAL_DETENTION"))
                .body("statusSince", is("2021-03"))
                .body("summary", is("Invented person.\nSecond line with \"quotes\"."))
                .body("safetyNotes", is("Invented note."))
                .body("createdAt", equalTo(response.path("updatedAt")));

        Api.json().get("/api/v1/persons/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", is(id))
                .body("fullName", is("Aigerim Zhaksylykova"))
                .body("names", hasSize(1))
                .body("birthDate", is("1988~"));
    }

    @Test
    void shouldAnswerNotModifiedWhenIfNoneMatchNamesTheCurrentVersion() {
        String id = aPerson().create();
        Api.json().header("If-None-Match", "\"1\"").get("/api/v1/persons/" + id).then()
                .statusCode(304).header("ETag", "\"1\"").body(emptyString());
        Api.json().header("If-None-Match", "\"7\"").get("/api/v1/persons/" + id).then().statusCode(200);
    }

    @Test
    void shouldCreateWithAnIdChosenByTheCallerAndRefuseItTwice() {
        String id = UUID.randomUUID().toString();
        aPerson().with("id", id).post().then().statusCode(201).body("id", is(id));
        aPerson().with("id", id).post().then().statusCode(409)
                .contentType("application/problem+json").body("type", is("/problems/conflict"));
    }

    @Test
    void shouldReplaceAPersonAndLetThePathIdWin() {
        String id = aPerson().with("status", "AT_LIBERTY").withList("roles", "JOURNALIST").create();
        Api.json().body(Map.of("id", UUID.randomUUID().toString(), "fullName", "Dana Omarova", "status", "IMPRISONED"))
                .put("/api/v1/persons/" + id).then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("id", is(id))
                .body("version", is(2))
                .body("fullName", is("Dana Omarova"))
                .body("status", is("IMPRISONED"))
                .body("roles", hasSize(0));
    }

    @Test
    void shouldAcceptAPersonSentBackAsItWasRead() {
        String id = aPerson().withList("roles", "JOURNALIST").create();
        Map<String, Object> read = Api.json().get("/api/v1/persons/" + id).then().extract().as(Map.class);
        Api.json().body(read).put("/api/v1/persons/" + id).then().statusCode(200).body("version", is(1));
    }

    @Test
    void shouldRefuseAStaleReplaceWith412AndChangeNothing() {
        String id = aPerson().create();
        Api.json().body(Map.of("fullName", "Changed once")).put("/api/v1/persons/" + id).then().statusCode(200);
        Api.json().header("If-Match", "\"1\"").body(Map.of("fullName", "Lost update"))
                .put("/api/v1/persons/" + id).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", is("/problems/precondition-failed"))
                .body("status", is(412));
        Api.json().body(Map.of("fullName", "Lost update", "version", 1)).put("/api/v1/persons/" + id).then().statusCode(412);
        Api.json().get("/api/v1/persons/" + id).then().body("fullName", is("Changed once")).body("version", is(2));
    }

    @Test
    void shouldPatchWithMergePatchAndClearFieldsSetToNull() {
        String id = aPerson().with("birthDate", "1990").with("status", "AT_LIBERTY").with("region", "Shymkent").create();
        Api.mergePatch().header("If-Match", "\"1\"")
                .body("{\"status\":\"PRE_TRIAL_DETENTION\",\"region\":null}")
                .patch("/api/v1/persons/" + id).then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", is("PRE_TRIAL_DETENTION"))
                .body("region", nullValue())
                .body("birthDate", is("1990"))
                .body("fullName", is("Aigerim Zhaksylykova"));
    }

    @Test
    void shouldRefuseAStalePatch() {
        String id = aPerson().create();
        Api.mergePatch().body("{\"region\":\"Aktobe\"}").patch("/api/v1/persons/" + id).then().statusCode(200);
        Api.mergePatch().header("If-Match", "\"1\"").body("{\"region\":\"Atyrau\"}")
                .patch("/api/v1/persons/" + id).then().statusCode(412);
        Api.json().get("/api/v1/persons/" + id).then().body("region", is("Aktobe"));
    }

    @Test
    void shouldValidateAPatchedDocumentLikeAReplacement() {
        String id = aPerson().create();
        Api.mergePatch().body("{\"fullName\":null}").patch("/api/v1/persons/" + id).then()
                .statusCode(400)
                .body("errors[0].field", is("fullName"));
        Api.mergePatch().body("{\"birthDate\":\"2020-02-30\"}").patch("/api/v1/persons/" + id).then()
                .statusCode(400)
                .body("errors[0].field", is("birthDate"));
        Api.mergePatch().body("{\"nickname\":\"x\"}").patch("/api/v1/persons/" + id).then()
                .statusCode(400)
                .body("errors[0].field", is("nickname"))
                .body("errors[0].message", is("unknown property"));
        Api.mergePatch().body("[]").patch("/api/v1/persons/" + id).then().statusCode(400)
                .body("type", is("/problems/malformed-json"));
        Api.json().body("{\"region\":\"x\"}").patch("/api/v1/persons/" + id).then().statusCode(415)
                .contentType("application/problem+json");
        Api.json().get("/api/v1/persons/" + id).then().body("version", is(1));
    }

    @Test
    void shouldNotCountAReplaceWithoutChangesAsAChange() {
        String id = aPerson().with("region", "Almaty").create();
        Api.json().body(Map.of("fullName", "Aigerim Zhaksylykova", "region", "Almaty")).put("/api/v1/persons/" + id)
                .then().statusCode(200).body("version", is(1)).header("ETag", "\"1\"");
    }

    @Test
    void shouldDeleteAPersonAndThenNotFindIt() {
        String id = aPerson().create();
        Api.json().header("If-Match", "\"1\"").delete("/api/v1/persons/" + id).then().statusCode(204).body(emptyString());
        Api.json().get("/api/v1/persons/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("/problems/not-found"))
                .body("status", is(404))
                .body("instance", is("/api/v1/persons/" + id));
        Api.json().delete("/api/v1/persons/" + id).then().statusCode(404);
    }

    @Test
    void shouldRefuseAStaleDelete() {
        String id = aPerson().create();
        Api.json().header("If-Match", "\"9\"").delete("/api/v1/persons/" + id).then().statusCode(412);
        Api.json().get("/api/v1/persons/" + id).then().statusCode(200);
    }

    @Test
    void shouldRefuseToDeleteAPersonWhoIsAPartyAndNameTheCase() {
        String[] party = aPartyOfACase();
        Api.json().delete("/api/v1/persons/" + party[1]).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("/problems/conflict"))
                .body("dependents", hasSize(1))
                .body("dependents[0].type", is("cases"))
                .body("dependents[0].id", is(party[0]));
        Api.json().get("/api/v1/persons/" + party[1]).then().statusCode(200);
    }

    @Test
    void shouldAnswer404ForUnknownAndMalformedIds() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid", "1", "' or 1=1 --", "%00")) {
            Api.json().get("/api/v1/persons/" + id).then().statusCode(404).contentType("application/problem+json");
        }
        Api.json().body(Map.of("fullName", "x")).put("/api/v1/persons/" + UUID.randomUUID()).then().statusCode(404);
        Api.mergePatch().body("{}").patch("/api/v1/persons/nope").then().statusCode(404);
    }

    @Test
    void shouldRejectEachInvalidFieldNamingIt() {
        Map<String, Object> invalid = Map.ofEntries(
                Map.entry("birthDate", "25.11.2020"),
                Map.entry("deathDate", "2020-13"),
                Map.entry("statusSince", "yesterday"),
                Map.entry("citizenships", List.of("KAZ")),
                Map.entry("residenceCountry", "Kazakhstan"),
                Map.entry("names", List.of(Map.of("name", "x", "lang", "kazakh!", "script", "CYRL"))));
        for (Map.Entry<String, Object> field : invalid.entrySet()) {
            aPerson().with(field.getKey(), field.getValue()).post().then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", is("/problems/validation"))
                    .body("errors.field", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith(field.getKey())));
        }
    }

    @Test
    void shouldRejectMissingAndOverlongNames() {
        aPerson().without("fullName").post().then().statusCode(400).body("errors[0].field", is("fullName"));
        aPerson().with("fullName", "   ").post().then().statusCode(400).body("errors[0].field", is("fullName"));
        aPerson().with("fullName", "x".repeat(301)).post().then().statusCode(400)
                .body("errors[0].field", is("fullName")).body("errors[0].message", is("size must be between 0 and 300"));
        aPerson().with("fullName", "x".repeat(300)).post().then().statusCode(201);
    }

    @Test
    void shouldRejectUnknownEnumValuesListingTheKnownOnes() {
        aPerson().with("status", "JAILED").post().then()
                .statusCode(400)
                .body("errors[0].field", is("status"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("must be one of AT_LIBERTY, UNDER_INVESTIGATION"));
        aPerson().withList("roles", "ACTIVIST", "HACKER").post().then().statusCode(400).body("errors[0].field", is("roles[1]"));
    }

    @Test
    void shouldRejectADeathCircumstanceForAPersonWhoIsNotDeceased() {
        aPerson().with("status", "IMPRISONED").with("deathCircumstance", "IN_CUSTODY_SERVING").post().then()
                .statusCode(422)
                .body("type", is("/problems/domain-rule"))
                .body("errors[0].field", is("deathCircumstance"));
        aPerson().with("status", "DECEASED").with("deathCircumstance", "IN_CUSTODY_SERVING").with("deathDate", "2020-02")
                .post().then().statusCode(201).body("deathCircumstance", is("IN_CUSTODY_SERVING"));
    }

    @Test
    void shouldRejectADeathBeforeBirth() {
        aPerson().with("birthDate", "1990").with("deathDate", "1989-12-31").post().then().statusCode(422)
                .body("errors[0].field", is("deathDate"));
        aPerson().with("birthDate", "1990-05").with("deathDate", "1990").post().then().statusCode(201);
    }

    @Test
    void shouldKeepEveryEdtfFormExactlyAsGiven() {
        for (String date : List.of("2020", "2020-11", "2020-11-25", "2020~", "2020?", "2020-11%", "1999-02-28")) {
            aPerson().with("birthDate", date).post().then().statusCode(201).body("birthDate", is(date));
        }
        for (String date : List.of("20", "2020-1", "2020/11/25", "2020-02-30", "0000", "2020-11-25T10:00", "~2020", " 2020", "")) {
            aPerson().with("birthDate", date).post().then().statusCode(400).body("errors[0].field", is("birthDate"));
        }
    }

    @Test
    void shouldListEveryCollectionOfAPersonExactlyAsItsOwnRecordShowsItToEachCaller() {
        String source = aSource().create();
        String restrictedSource = aSource().with("visibility", "RESTRICTED").create();
        String surname = inventedSurname();
        Map<String, Object> undated = new java.util.LinkedHashMap<>(citation(source, null));
        undated.remove("confidence");
        undated.remove("locator");
        String full = aPerson().with("fullName", "Dana " + surname)
                .withList("names", Map.of("name", "Дана " + surname, "lang", "kk", "script", "Cyrl", "kind", "NATIVE"),
                        Map.of("name", "Dana " + surname), Map.of("name", "Dana B. " + surname, "kind", "BIRTH"))
                .withList("citizenships", "UZ", "KZ", "RU")
                .withList("roles", "RELATIVE", "ACTIVIST", "LAWYER")
                .with("birthDate", "1984-06-02")
                .with("safetyNotes", "Invented note.")
                .withList("citations", citation(restrictedSource, null), citation(source, "safetyNotes"), undated,
                        citation(source, "birthDate"), citation(source, "roles"))
                .create();
        String bare = aPerson().with("fullName", "Ilya " + surname).create();
        String viewer = aToken("viewer");

        List<java.util.function.Supplier<io.restassured.specification.RequestSpecification>> callers = List.of(Api::json,
                () -> Api.as(viewer), Api::anonymous);
        for (var caller : callers) {
            List<Map<String, Object>> listed = caller.get().queryParam("q", surname).queryParam("sort", "createdAt")
                    .get("/api/v1/persons").then().statusCode(200).body("total", is(2)).extract().jsonPath().getList("items");
            Map<String, Object> fullRecord = caller.get().get("/api/v1/persons/" + full).then().statusCode(200).extract().jsonPath().getMap("");
            Map<String, Object> bareRecord = caller.get().get("/api/v1/persons/" + bare).then().statusCode(200).extract().jsonPath().getMap("");
            org.assertj.core.api.Assertions.assertThat(listed).containsExactly(fullRecord, bareRecord);
        }
        Api.json().get("/api/v1/persons/" + full).then()
                .body("names.name", contains("Дана " + surname, "Dana " + surname, "Dana B. " + surname))
                .body("citizenships", contains("UZ", "KZ", "RU"))
                .body("roles", contains("ACTIVIST", "LAWYER", "RELATIVE"))
                .body("citations.sourceId", contains(restrictedSource, source, source, source, source))
                .body("citations[2].locator", nullValue())
                .body("citations[2].confidence", nullValue());
        Api.anonymous().get("/api/v1/persons/" + full).then()
                .body("citations.withheld", contains(true, null, null))
                .body("citations.field", contains(null, null, "roles"));
        Api.json().get("/api/v1/persons/" + bare).then()
                .body("names", hasSize(0)).body("citizenships", hasSize(0)).body("roles", hasSize(0)).body("citations", hasSize(0));
    }

    @Test
    void shouldNotDuplicateCitizenships() {
        aPerson().withList("citizenships", "KZ", "RU", "KZ").post().then().statusCode(201).body("citizenships", contains("KZ", "RU"));
    }

    @Test
    void shouldNeverExposeInternalsInAResponse() {
        String body = aPerson().post().then().statusCode(201).extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("hibernate", "$$", "org.rightsregistry", "HibernateProxy");
        org.assertj.core.api.Assertions.assertThat(body).as("all fields present").contains("\"safetyNotes\":null");
    }
}
