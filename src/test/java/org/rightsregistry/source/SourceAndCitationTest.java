package org.rightsregistry.source;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aCharge;
import static org.rightsregistry.support.Fixtures.aPartyOfACase;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aSentence;
import static org.rightsregistry.support.Fixtures.aSource;
import static org.rightsregistry.support.Fixtures.anAppeal;
import static org.rightsregistry.support.Fixtures.citation;
import static org.rightsregistry.support.Fixtures.unique;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

@QuarkusTest
class SourceAndCitationTest {

    @Test
    void shouldCreateASourceWithEveryField() {
        var response = aSource()
                .with("type", "NGO_REPORT")
                .with("publisher", "Invented Monitoring Group")
                .with("author", "Dana Omarova")
                .with("publishedOn", "2021-11")
                .with("url", "https://example.org/reports/bloggers-on-trial")
                .with("archiveUrl", "https://archive.example.org/2021/bloggers-on-trial")
                .with("language", "ru")
                .with("reliability", "HIGH")
                .post();
        String id = response.then().statusCode(201).extract().path("id");
        response.then()
                .header("Location", endsWith("/api/v1/sources/" + id))
                .header("ETag", "\"1\"")
                .body("title", is("Kazakhstan: bloggers on trial (invented report)"))
                .body("type", is("NGO_REPORT"))
                .body("publisher", is("Invented Monitoring Group"))
                .body("author", is("Dana Omarova"))
                .body("publishedOn", is("2021-11"))
                .body("url", is("https://example.org/reports/bloggers-on-trial"))
                .body("archiveUrl", is("https://archive.example.org/2021/bloggers-on-trial"))
                .body("language", is("ru"))
                .body("reliability", is("HIGH"));
        Api.mergePatch().body("{\"reliability\":\"LOW\"}").patch("/api/v1/sources/" + id).then()
                .statusCode(200).body("reliability", is("LOW")).body("version", is(2));
    }

    @Test
    void shouldValidateSources() {
        aSource().without("title").post().then().statusCode(400).body("errors[0].field", is("title"));
        aSource().with("url", "javascript:alert(1)").post().then().statusCode(400).body("errors[0].field", is("url"));
        aSource().with("url", "not a url").post().then().statusCode(400).body("errors[0].field", is("url"));
        aSource().with("type", "BLOG").post().then().statusCode(400).body("errors[0].field", is("type"));
        aSource().with("publishedOn", "November 2021").post().then().statusCode(400).body("errors[0].field", is("publishedOn"));
    }

    @Test
    void shouldFilterSources() {
        String publisher = unique("Publisher");
        String report = aSource().with("publisher", publisher).with("type", "NGO_REPORT").with("reliability", "HIGH")
                .with("publishedOn", "2020-11").with("title", "Invented report on Zhanaozen").create();
        String article = aSource().with("publisher", publisher).with("type", "NEWS_ARTICLE").with("publishedOn", "2021-02-03")
                .with("title", "Invented article about bloggers").create();
        Api.json().queryParam("publisher", publisher).get("/api/v1/sources").then().body("total", is(2));
        Api.json().queryParam("publisher", publisher).queryParam("type", "NEWS_ARTICLE").get("/api/v1/sources").then()
                .body("items.id", contains(article));
        Api.json().queryParam("publisher", publisher).queryParam("reliability", "HIGH").get("/api/v1/sources").then()
                .body("items.id", contains(report));
        Api.json().queryParam("publisher", publisher).queryParam("publishedFrom", "2021").get("/api/v1/sources").then()
                .body("items.id", contains(article));
        Api.json().queryParam("publisher", publisher).queryParam("publishedTo", "2020-11").get("/api/v1/sources").then()
                .body("items.id", contains(report));
        Api.json().queryParam("publisher", publisher).queryParam("q", "ZHANAOZEN").get("/api/v1/sources").then()
                .body("items.id", contains(report));
        Api.json().queryParam("publisher", publisher).queryParam("q", "100%_").get("/api/v1/sources").then().body("total", is(0));
        Api.json().queryParam("publishedFrom", "last year").get("/api/v1/sources").then().statusCode(400)
                .body("errors[0].field", is("publishedFrom"));
    }

    @Test
    void shouldCiteSourcesOnEveryRecordTypeAndReturnTheirTitles() {
        String source = aSource().with("url", "https://example.org/r").create();
        String[] party = aPartyOfACase();
        String person = aPerson().withList("citations", citation(source, "status"), citation(source, null))
                .with("status", "IMPRISONED").create();
        Api.json().get("/api/v1/persons/" + person).then()
                .body("citations", hasSize(2))
                .body("citations[0].sourceId", is(source))
                .body("citations[0].field", is("status"))
                .body("citations[0].locator", is("p. 4"))
                .body("citations[0].quote", is("invented quote"))
                .body("citations[0].confidence", is("HIGH"))
                .body("citations[0].source.title", is("Kazakhstan: bloggers on trial (invented report)"))
                .body("citations[0].source.url", is("https://example.org/r"))
                .body("citations[1].field", nullValue());
        aCase().withList("citations", citation(source, "openedOn")).post().then().statusCode(201)
                .body("citations[0].field", is("openedOn"));
        String charge = aCharge(party[0], party[1]).withList("citations", citation(source, "article")).create();
        String sentence = aSentence(party[0], party[1]).withList("citations", citation(source, "components")).create();
        String appeal = anAppeal(sentence).withList("citations", citation(source, "outcome")).create();
        Api.json().get("/api/v1/charges/" + charge).then().body("citations[0].source.title", startsWith("Kazakhstan"));
        Api.json().queryParam("caseId", party[0]).get("/api/v1/sentences").then().body("items[0].citations[0].field", is("components"));
        Api.json().get("/api/v1/appeals/" + appeal).then().body("citations[0].sourceId", is(source));

        Api.json().get("/api/v1/sources/" + source + "/citations").then()
                .statusCode(200)
                .body("type", containsInAnyOrder("persons", "persons", "cases", "charges", "sentences", "appeals"))
                .body("findAll { it.type == 'charges' }.id", contains(charge));
    }

    @Test
    void shouldRejectACitationOfAnUnknownSourceOrField() {
        aPerson().withList("citations", citation(UUID.randomUUID().toString(), null)).post().then()
                .statusCode(422).body("type", is("/problems/domain-rule")).body("errors[0].field", is("citations[0].sourceId"));
        String source = aSource().create();
        aPerson().withList("citations", citation(source, "safetyNote")).post().then()
                .statusCode(400).body("errors[0].field", is("citations[0].field"))
                .body("errors[0].message", startsWith("is not a field of this record; it must be one of birthDate, citizenships"));
        aPerson().withList("citations", citation(source, "id")).post().then().statusCode(400);
        aPerson().withList("citations", Map.of("field", "status")).post().then().statusCode(400)
                .body("errors[0].field", is("citations[0].sourceId"));
        aPerson().withList("citations", Map.of("sourceId", source, "confidence", "CERTAIN")).post().then().statusCode(400)
                .body("errors[0].field", is("citations[0].confidence"));
    }

    @Test
    void shouldRefuseToDeleteACitedSourceNamingWhatCitesIt() {
        String source = aSource().create();
        String person = aPerson().withList("citations", citation(source, null)).create();
        Api.json().delete("/api/v1/sources/" + source).then()
                .statusCode(409).contentType("application/problem+json")
                .body("dependents", hasSize(1))
                .body("dependents[0].type", is("persons"))
                .body("dependents[0].id", is(person));
        Api.mergePatch().body("{\"citations\":[]}").patch("/api/v1/persons/" + person).then().statusCode(200)
                .body("citations", hasSize(0)).body("version", is(2));
        Api.json().delete("/api/v1/sources/" + source).then().statusCode(204);
        Api.json().get("/api/v1/sources/" + source).then().statusCode(404);
        Api.json().get("/api/v1/sources/" + source + "/citations").then().statusCode(404);
    }

    @Test
    void shouldFindRecordsWithoutAnyCitation() {
        String source = aSource().create();
        String country = "TO";
        String cited = aCase().with("country", country).withList("citations", citation(source, null)).create();
        String uncited = aCase().with("country", country).create();
        Api.json().queryParam("country", country).queryParam("uncited", true).get("/api/v1/cases").then()
                .body("total", is(1)).body("items[0].id", is(uncited));
        Api.json().queryParam("country", country).queryParam("uncited", false).get("/api/v1/cases").then()
                .body("total", is(1)).body("items[0].id", is(cited));
        Api.json().queryParam("uncited", "yes").get("/api/v1/persons").then().statusCode(400).body("errors[0].field", is("uncited"));
    }
}
