package org.rightsregistry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aPerson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

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

    /**
     * A word of more cases' keys than a search reads ({@link Ranking#KEYS_READ}) is ranked in the database: the
     * number first, then the word in the title as written, then in another spelling, then in the summary only, each
     * tier in the order of the ids, as one case's keys rank it; under a filter that leaves fewer keys, read and ranked
     * from the keys, in the same order.
     */
    @Test
    void shouldRankACommonWordsCasesInTheDatabaseAsEachCasesKeysRankThem() {
        // an invented place, spelt Zhelvarinsk or Jelvarinsk (both fold to 'jelvarinsk'); each case with the other
        // spelling has it in its title and summary, two keys, so that they are more than a search reads
        List<List<UUID>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<UUID>> inKyrgyzstan = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        StringBuilder file = new StringBuilder();
        int variants = Ranking.KEYS_READ / 2 + 50;
        for (int i = 0; i < 2; i++) {
            importedCase(file, tiers.get(0), inKyrgyzstan.get(0), i == 0, "Invented number case", null, "Zhelvarinsk");
            importedCase(file, tiers.get(3), inKyrgyzstan.get(3), i == 0, "Invented hunger strike case",
                    "Invented activists from Zhelvarinsk went on hunger strike.", null);
        }
        for (int i = 0; i < 3; i++) {
            importedCase(file, tiers.get(1), inKyrgyzstan.get(1), i == 0, "Zhelvarinsk reservoir protest", null, null);
        }
        // the place in the title and "reservoir" only in the summary: for "Zhelvarinsk reservoir", a match in the summary
        // whose first word is in the title
        List<UUID> reservoirInSummary = new ArrayList<>();
        importedCase(file, reservoirInSummary, new ArrayList<>(), false, "Zhelvarinsk hunger strike",
                "They went on hunger strike over the reservoir.", null);
        tiers.get(1).addAll(reservoirInSummary);
        for (int i = 0; i < variants; i++) {
            importedCase(file, tiers.get(2), inKyrgyzstan.get(2), i < 2, "Jelvarinsk reservoir protest",
                    "The invented reservoir near Jelvarinsk.", null);
        }
        int count = tiers.stream().mapToInt(List::size).sum();
        Api.plain().contentType("application/x-ndjson").body(file.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/import")
                .then().statusCode(200).body("created", is(count)).body("rejected", is(0));

        List<String> expected = tiers.stream().flatMap(tier -> tier.stream().map(UUID::toString).sorted()).toList();
        assertThat(casePages("Zhelvarinsk", null)).containsExactlyElementsOf(expected);
        Api.json().queryParam("q", "Zhelvarinsk").queryParam("type", "CASE").queryParam("limit", 7).get("/api/v1/search").then()
                .statusCode(200).body("total", is(count)).body("items.id", is(expected.subList(0, 7)))
                .body("items.match", is(List.of("EXACT_NAME", "EXACT_NAME", "EXACT_WORD", "EXACT_WORD", "EXACT_WORD", "EXACT_WORD", "VARIANT")));
        String cursor = Api.json().queryParam("q", "Zhelvarinsk").queryParam("type", "CASE").queryParam("limit", 500).get("/api/v1/search")
                .then().statusCode(200).extract().path("nextCursor");
        List<String> lastMatches = Api.json().queryParam("q", "Zhelvarinsk").queryParam("type", "CASE").queryParam("limit", 500)
                .queryParam("cursor", cursor).get("/api/v1/search").then().statusCode(200)
                .body("items.id", is(expected.subList(500, count))).body("nextCursor", nullValue())
                .extract().jsonPath().getList("items.match", String.class);
        assertThat(lastMatches.subList(lastMatches.size() - 3, lastMatches.size())).containsExactly("VARIANT", "SUMMARY", "SUMMARY");

        // two words: the cases with both in the title as written, then in another spelling, then the one with the second
        // only in its summary; the number and the summaries without "reservoir" do not match
        List<String> twoWords = Stream.of(tiers.get(1).subList(0, 3), tiers.get(2), reservoirInSummary)
                .flatMap(tier -> tier.stream().map(UUID::toString).sorted()).toList();
        assertThat(casePages("Zhelvarinsk reservoir", null)).containsExactlyElementsOf(twoWords);

        // a common word and a rare one: the cases with the rare one are the candidates
        List<String> hunger = Stream.concat(reservoirInSummary.stream().map(UUID::toString),
                tiers.get(3).stream().map(UUID::toString).sorted()).toList();
        assertThat(casePages("Zhelvarinsk hunger", null)).containsExactlyElementsOf(hunger);
        Api.json().queryParam("q", "Zhelvarinsk hunger").queryParam("type", "CASE").get("/api/v1/search").then().statusCode(200)
                .body("total", is(3)).body("items.id", is(hunger)).body("items.match", is(List.of("EXACT_WORD", "SUMMARY", "SUMMARY")));

        List<String> expectedInKyrgyzstan = inKyrgyzstan.stream().flatMap(tier -> tier.stream().map(UUID::toString).sorted()).toList();
        assertThat(casePages("Zhelvarinsk", "KG")).hasSize(5).containsExactlyElementsOf(expectedInKyrgyzstan);
    }

    /** Appends an import line of a case (in Kyrgyzstan or Kazakhstan), and adds its id to {@code tier}, and to {@code kg} too. */
    private static void importedCase(StringBuilder file, List<UUID> tier, List<UUID> kg, boolean inKyrgyzstan, String title,
            String summary, String number) {
        UUID id = UUID.randomUUID();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("title", title);
        record.put("country", inKyrgyzstan ? "KG" : "KZ");
        if (summary != null) {
            record.put("summary", summary);
        }
        if (number != null) {
            record.put("caseNumbers", List.of(Map.of("number", number, "kind", "INVESTIGATION")));
        }
        file.append(Api.importLine("cases", record));
        tier.add(id);
        if (inKyrgyzstan) {
            kg.add(id);
        }
    }

    /** Every page of the cases that {@code q} finds (in {@code country}, when given), 500 at a time. */
    private static List<String> casePages(String q, String country) {
        return Api.allIds(() -> country == null ? Api.json().queryParam("q", q) : Api.json().queryParam("q", q).queryParam("country", country),
                "/api/v1/cases");
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
