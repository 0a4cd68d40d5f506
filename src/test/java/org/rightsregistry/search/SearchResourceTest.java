package org.rightsregistry.search;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aPerson;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

/** {@code q} on cases, and one search across persons and cases. */
@QuarkusTest
class SearchResourceTest {

    @Test
    void shouldFindCasesByNumberTitleAndSummaryRankedInThatOrder() {
        String bySummary = aCase().with("title", "Prosecution of invented teachers (Taraz)")
                .with("summary", "Teachers who signed a letter about the Vorontsovka reservoir were charged.").create();
        String byTitle = aCase().with("title", "Vorontsovka reservoir protest case").create();
        String byNumber = aCase().with("title", "Another invented case")
                .withList("caseNumbers", Map.of("number", "7-VRN/2022", "kind", "INVESTIGATION")).create();
        Api.json().queryParam("q", "Vorontsovka").get("/api/v1/cases").then().statusCode(200)
                .body("total", is(2)).body("items.id", contains(byTitle, bySummary));
        Api.json().queryParam("q", "Воронцовка").get("/api/v1/cases").then().statusCode(200)
                .body("items.id", contains(byTitle, bySummary));
        Api.json().queryParam("q", "7-vrn/2022").get("/api/v1/cases").then().statusCode(200)
                .body("total", is(1)).body("items[0].id", is(byNumber));
        Api.json().queryParam("q", "VRN 2022").get("/api/v1/cases").then().statusCode(200)
                .body("total", is(1)).body("items[0].id", is(byNumber));
        Api.json().queryParam("q", "Vorontsovka").queryParam("country", "UZ").get("/api/v1/cases").then().statusCode(200)
                .body("total", is(0));
    }

    @Test
    void shouldSearchPersonsAndCasesAtOnceWithTypedRankedHitsAndSnippets() {
        String person = aPerson().with("fullName", "Ruslan Abdykadyrov")
                .withList("names", Map.of("name", "Руслан Абдыкадыров", "lang", "ru", "script", "Cyrl", "kind", "NATIVE")).create();
        String titled = aCase().with("title", "Prosecution of Ruslan Abdikadirov").create();
        String summarised = aCase().with("title", "Invented hunger strike case")
                .with("summary", "In 2021 several invented activists went on hunger strike in a detention centre near the capital. "
                        + "Among them was Abdykadyrov, whose lawyer reported pressure from the investigators and threats to his "
                        + "family. The case was later merged with others.").create();
        var response = Api.json().queryParam("q", "Абдыкадыров").get("/api/v1/search");
        response.then().statusCode(200)
                .body("total", is(3))
                .body("items.id", contains(person, titled, summarised))
                .body("items.type", contains("PERSON", "CASE", "CASE"))
                .body("items[0].title", is("Ruslan Abdykadyrov"))
                .body("items[0].snippet", is("Руслан Абдыкадыров"), "items[0].match", is("EXACT_WORD"))
                .body("items[0].match", is("EXACT_WORD"))
                .body("items[1].snippet", is("Prosecution of Ruslan Abdikadirov"))
                .body("items[1].match", is("VARIANT"))
                .body("items[2].match", is("SUMMARY"))
                .body("items[2].snippet", startsWith("…"))
                .body("nextCursor", nullValue());
        String snippet = response.path("items[2].snippet");
        org.assertj.core.api.Assertions.assertThat(snippet).contains("Abdykadyrov").hasSizeLessThanOrEqualTo(162);

        Api.json().queryParam("q", "Абдыкадыров").queryParam("type", "CASE").get("/api/v1/search").then().statusCode(200)
                .body("items.id", contains(titled, summarised));
        var first = Api.json().queryParam("q", "Abdykadyrov").queryParam("limit", 2).get("/api/v1/search");
        first.then().statusCode(200).body("items.id", contains(person, titled))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
        Api.json().queryParam("q", "Abdykadyrov").queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor"))
                .get("/api/v1/search").then().statusCode(200).body("items.id", contains(summarised)).body("nextCursor", nullValue());
    }

    @Test
    void shouldRejectBadSearchParameters() {
        Api.json().queryParam("q", "x").queryParam("type", "HEARING").get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("type"));
        Api.json().queryParam("q", "x").queryParam("sort", "createdAt").get("/api/v1/search").then().statusCode(400)
                .body("errors[0].field", is("sort"));
        Api.json().queryParam("q", "x").queryParam("status", "IMPRISONED").get("/api/v1/search").then().statusCode(400)
                .body("errors[0].field", is("status"));
        Api.json().queryParam("q", "x").queryParam("limit", "0").get("/api/v1/search").then().statusCode(400)
                .body("errors[0].field", is("limit"));
    }
}
