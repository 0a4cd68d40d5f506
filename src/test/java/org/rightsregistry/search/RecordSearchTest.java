package org.rightsregistry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aCharge;
import static org.rightsregistry.support.Fixtures.aPartyOfACase;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aSentence;
import static org.rightsregistry.support.Fixtures.aSource;
import static org.rightsregistry.support.Fixtures.addParty;
import static org.rightsregistry.support.Fixtures.anAppeal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightsregistry.support.Api;

/** {@code /search} across charges, sentences, appeals and sources, together with persons and cases. */
@QuarkusTest
class RecordSearchTest {

    @Inject
    EntityManager em;

    @Inject
    SearchBackfill backfill;

    @Inject
    SearchIndex index;

    private static Response search(String q, Object... types) {
        var request = Api.json().queryParam("q", q);
        if (types.length > 0) {
            request.queryParam("type", types);
        }
        return request.get("/api/v1/search");
    }

    private static void findsOnly(String q, String type, String id, String snippet) {
        search(q).then().statusCode(200)
                .body("total", is(1))
                .body("items[0].type", is(type))
                .body("items[0].id", is(id))
                .body("items[0].snippet", is(snippet));
    }

    @Test
    void shouldFindAChargeByAWordOfItsLawArticleArticleTextAndDescription() {
        String[] party = aPartyOfACase();
        String description = "The invented prosecution says that during the spring of 2020 the accused wrote a long series of posts "
                + "on a forum about water prices, and that one of them named the Korgalzhynbek reservoir company and its director, "
                + "which the investigators called the spreading of knowingly false information.";
        String charge = aCharge(party[0], party[1]).with("law", "XQ-PC-2031").with("article", "7719(3)")
                .with("articleText", "ч.3 ст.7719 УК Тамбалии").with("description", description).create();

        findsOnly("XQ-PC-2031", "CHARGE", charge, "XQ-PC-2031");
        findsOnly("7719", "CHARGE", charge, "7719(3)");
        findsOnly("Тамбалии", "CHARGE", charge, "ч.3 ст.7719 УК Тамбалии");
        findsOnly("tambalii", "CHARGE", charge, "ч.3 ст.7719 УК Тамбалии");
        search("Korgalzhynbek").then().statusCode(200)
                .body("total", is(1))
                .body("items[0].type", is("CHARGE"))
                .body("items[0].id", is(charge))
                .body("items[0].title", is("XQ-PC-2031 7719(3)"))
                .body("items[0].match", is("SUMMARY"))
                .body("items[0].snippet", startsWith("…"))
                .body("items[0].snippet", containsString("Korgalzhynbek"));
        String snippet = search("Korgalzhynbek").path("items[0].snippet");
        assertThat(snippet).hasSizeLessThanOrEqualTo(162);
    }

    @Test
    void shouldFindASentenceByItsCourtAndAnAppealByItsBody() {
        String[] party = aPartyOfACase();
        String sentence = aSentence(party[0], party[1]).with("court", "Zelenborg Oblast Court of Ostrovets").create();
        String appeal = anAppeal(sentence).with("body", "Kuldzhabay Appellate Board").with("filedOn", "2021-10-01").create();

        findsOnly("Zelenborg", "SENTENCE", sentence, "Zelenborg Oblast Court of Ostrovets");
        findsOnly("Ostrovets", "SENTENCE", sentence, "Zelenborg Oblast Court of Ostrovets");
        search("Зеленборг").then().statusCode(200).body("items.id", contains(sentence))
                .body("items[0].title", is("Zelenborg Oblast Court of Ostrovets, 2021-09-14"));
        findsOnly("Kuldzhabay", "APPEAL", appeal, "Kuldzhabay Appellate Board");
        search("Kuldzhabai appellate").then().statusCode(200)
                .body("items.id", contains(appeal))
                .body("items[0].type", is("APPEAL"))
                .body("items[0].match", is("VARIANT"))
                .body("items[0].title", is("Kuldzhabay Appellate Board, 2021-10-01"));
    }

    @Test
    void shouldFindASourceByAWordOfItsTitlePublisherAndAuthor() {
        String source = aSource().with("title", "Quarterly digest of the Pirveltan monitoring")
                .with("publisher", "Sarytogai Watch").with("author", "Balzhan Umbetkyzy").create();

        findsOnly("Pirveltan", "SOURCE", source, "Quarterly digest of the Pirveltan monitoring");
        findsOnly("Sarytogai", "SOURCE", source, "Sarytogai Watch");
        findsOnly("Умбеткызы", "SOURCE", source, "Balzhan Umbetkyzy");
        search("Sarytogai").then().body("items[0].title", is("Quarterly digest of the Pirveltan monitoring"))
                .body("items[0].match", is("EXACT_WORD"));

        Api.mergePatch().body(Map.of("publisher", "Zhanakorgan Watch")).patch("/api/v1/sources/" + source).then().statusCode(200);
        search("Sarytogai").then().statusCode(200).body("total", is(0));
        findsOnly("Zhanakorgan", "SOURCE", source, "Zhanakorgan Watch");
    }

    @Test
    void shouldNoLongerFindDeletedRecords() {
        String[] party = aPartyOfACase();
        String charge = aCharge(party[0], party[1]).with("articleText", "Invented Drevlyansk article").create();
        String sentence = aSentence(party[0], party[1]).with("court", "Drevlyansk City Court").create();
        String appeal = anAppeal(sentence).with("body", "Drevlyansk Appellate Board").create();
        String source = aSource().with("title", "Drevlyansk bulletin").create();
        search("Drevlyansk").then().statusCode(200).body("total", is(4));

        Api.json().delete("/api/v1/appeals/" + appeal).then().statusCode(204);
        Api.json().delete("/api/v1/sentences/" + sentence).then().statusCode(204);
        search("Drevlyansk").then().statusCode(200).body("total", is(2))
                .body("items.type", everyItem(org.hamcrest.Matchers.oneOf("CHARGE", "SOURCE")));
        Api.json().delete("/api/v1/charges/" + charge).then().statusCode(204);
        Api.json().delete("/api/v1/sources/" + source).then().statusCode(204);
        search("Drevlyansk").then().statusCode(200).body("total", is(0));
        long keys = QuarkusTransaction.requiringNew().call(() -> (Long) em
                .createQuery("select count(k) from RecordSearchKey k where k.recordId in :ids")
                .setParameter("ids", List.of(UUID.fromString(charge), UUID.fromString(sentence), UUID.fromString(appeal),
                        UUID.fromString(source)))
                .getSingleResult());
        assertThat(keys).isZero();
    }

    @Test
    void shouldFilterByTheNewTypes() {
        String[] party = aPartyOfACase();
        String charge = aCharge(party[0], party[1]).with("articleText", "Invented Tulpansk article").create();
        String sentence = aSentence(party[0], party[1]).with("court", "Tulpansk District Court").create();
        String appeal = anAppeal(sentence).with("body", "Tulpansk Regional Court").create();
        String source = aSource().with("publisher", "Tulpansk Herald").create();
        String person = aPerson().with("fullName", "Marat Tulpansk").create();

        search("Tulpansk").then().statusCode(200).body("total", is(5));
        search("Tulpansk", "CHARGE").then().statusCode(200).body("items.id", contains(charge)).body("items.type", contains("CHARGE"));
        search("Tulpansk", "SENTENCE").then().statusCode(200).body("items.id", contains(sentence));
        search("Tulpansk", "APPEAL").then().statusCode(200).body("items.id", contains(appeal));
        search("Tulpansk", "SOURCE").then().statusCode(200).body("items.id", contains(source));
        search("Tulpansk", "PERSON").then().statusCode(200).body("items.id", contains(person));
        search("Tulpansk", "SOURCE", "APPEAL").then().statusCode(200).body("total", is(2))
                .body("items.type", everyItem(org.hamcrest.Matchers.oneOf("SOURCE", "APPEAL")));
        search("Tulpansk", "VERDICT").then().statusCode(400).body("errors[0].field", is("type"));
    }

    @Test
    void shouldRankAndPageMixedTypesTogetherWithoutRepeats() {
        String person = aPerson().with("fullName", "Timur Vyshgorodets").create();
        String courtCase = aCase().with("title", "Vyshgorodets reservoir case").create();
        addParty(courtCase, person, "DEFENDANT");
        String charge = aCharge(courtCase, person).with("articleText", "Insult of Vyshgorodets officials").create();
        String described = aCharge(courtCase, person)
                .with("description", "Organised a picket in front of the Vyshgorodets administration building.").create();
        String sentence = aSentence(courtCase, person).with("court", "Vyshgorodets District Court").create();
        String appeal = anAppeal(sentence).with("body", "Vyshgorodets Regional Court").create();
        String source = aSource().with("publisher", "Vyshgorodets Herald").create();

        Response whole = search("Vyshgorodets");
        whole.then().statusCode(200).body("total", is(7)).body("nextCursor", nullValue());
        List<String> ids = whole.path("items.id");
        List<String> matches = whole.path("items.match");
        assertThat(ids).containsExactlyInAnyOrder(person, courtCase, charge, described, sentence, appeal, source);
        assertThat(ids.get(6)).isEqualTo(described);
        assertThat(matches.subList(0, 6)).containsOnly("EXACT_WORD");
        assertThat(matches.get(6)).isEqualTo("SUMMARY");
        assertThat(ids.subList(0, 6)).isSorted(); // equal matches in the order of their ids' text
        assertThat((List<String>) search("Vyshgorodets").path("items.id")).isEqualTo(ids);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            var request = Api.json().queryParam("q", "Вышгородец").queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.get("/api/v1/search");
            response.then().statusCode(200);
            paged.addAll(response.path("items.id"));
            cursor = response.path("nextCursor");
            if (cursor == null) {
                break;
            }
            if (page == 0) {
                // a record inserted while paging shows up where it ranks; nothing already seen repeats
                aSource().with("author", "Vyshgorodets Correspondent").create();
            }
        }
        assertThat(paged).doesNotHaveDuplicates().containsAll(ids).hasSizeBetween(7, 8);
    }

    @Test
    void shouldComputeMissingKeysAtStart() {
        String source = aSource().with("title", "Invented Karaozek yearbook").create();
        String[] party = aPartyOfACase();
        String charge = aCharge(party[0], party[1]).with("articleText", "Karaozek article").create();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from record_search_key where record_id in (?1, ?2)")
                .setParameter(1, UUID.fromString(source)).setParameter(2, UUID.fromString(charge)).executeUpdate());
        search("Karaozek").then().statusCode(200).body("total", is(0));

        backfill.fill();

        search("Karaozek").then().statusCode(200).body("total", is(2));
    }

    /**
     * A word of more charges' keys than a search reads ({@link Ranking#KEYS_READ}) is ranked in the database, as cases
     * are: the word in a short field as written, then in another spelling, then in the description only, each tier in
     * the order of the ids, as one charge's keys rank it; what a caller may not see is absent from the tiers and the
     * total.
     */
    @Test
    void shouldRankACommonWordsChargesInTheDatabaseAsEachChargesKeysRankThem() {
        // an invented place, spelt Zhelmarinsk or Jelmarinsk (both fold to 'jelmarinsk'); each charge with the other
        // spelling has it in its article's text and its description, two keys, so that they are more than a search reads
        UUID person = UUID.randomUUID();
        UUID courtCase = UUID.randomUUID();
        StringBuilder file = new StringBuilder()
                .append(Api.importLine("persons", Map.of("id", person, "fullName", "Invented Defendant")))
                .append(Api.importLine("cases", Map.of("id", courtCase, "title", "Invented case", "country", "KZ")))
                .append(Api.importLine("parties", Map.of("caseId", courtCase, "personId", person, "role", "DEFENDANT")));
        List<List<String>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<String>> inPublic = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            importedCharge(file, courtCase, person, tiers.get(0), inPublic.get(0), i != 0, "Zhelmarinsk water article", null);
            importedCharge(file, courtCase, person, tiers.get(2), inPublic.get(2), i != 0, "Invented article",
                    "The accused wrote about the water of Zhelmarinsk.");
        }
        for (int i = 0; i < Ranking.KEYS_READ / 2 + 50; i++) {
            importedCharge(file, courtCase, person, tiers.get(1), inPublic.get(1), i >= 2, "Jelmarinsk water article",
                    "The invented water company of Jelmarinsk.");
        }
        int count = tiers.stream().mapToInt(List::size).sum();
        Api.plain().contentType("application/x-ndjson").body(file.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import").then().statusCode(200).body("created", is(count + 3)).body("rejected", is(0));

        List<String> expected = tiers.stream().flatMap(tier -> tier.stream().sorted()).toList();
        assertThat(chargePages("Zhelmarinsk", Api::json)).containsExactlyElementsOf(expected);
        Api.json().queryParam("q", "Zhelmarinsk").queryParam("type", "CHARGE").queryParam("limit", 4).get("/api/v1/search").then()
                .statusCode(200).body("total", is(count)).body("items.id", is(expected.subList(0, 4)))
                .body("items.match", is(List.of("EXACT_WORD", "EXACT_WORD", "EXACT_WORD", "VARIANT")));
        String cursor = Api.json().queryParam("q", "Zhelmarinsk").queryParam("type", "CHARGE").queryParam("limit", 500)
                .get("/api/v1/search").then().statusCode(200).extract().path("nextCursor");
        List<String> lastMatches = Api.json().queryParam("q", "Zhelmarinsk").queryParam("type", "CHARGE").queryParam("limit", 500)
                .queryParam("cursor", cursor).get("/api/v1/search").then().statusCode(200)
                .body("items.id", is(expected.subList(500, count))).body("nextCursor", nullValue())
                .extract().jsonPath().getList("items.match", String.class);
        assertThat(lastMatches.subList(lastMatches.size() - 4, lastMatches.size())).containsExactly("VARIANT", "SUMMARY", "SUMMARY", "SUMMARY");

        // a common word and a rare one: the charges with the rare one are the candidates
        Api.json().queryParam("q", "Zhelmarinsk accused").queryParam("type", "CHARGE").get("/api/v1/search").then().statusCode(200)
                .body("total", is(3)).body("items.id", is(tiers.get(2).stream().sorted().toList()))
                .body("items.match", is(List.of("SUMMARY", "SUMMARY", "SUMMARY")));

        // without credentials (still more keys than a search reads): the public charges alone, the restricted ones
        // neither listed nor counted
        List<String> expectedInPublic = inPublic.stream().flatMap(tier -> tier.stream().sorted()).toList();
        assertThat(expectedInPublic).hasSize(count - 4);
        assertThat(chargePages("Zhelmarinsk", Api::anonymous)).containsExactlyElementsOf(expectedInPublic);
        Api.anonymous().queryParam("q", "Zhelmarinsk").queryParam("type", "CHARGE").get("/api/v1/search").then().statusCode(200)
                .body("total", is(count - 4));
    }

    /**
     * Appends an import line of a charge of this case and person, public or restricted, and adds its id to {@code tier},
     * and to {@code visible} when it is public.
     */
    private static void importedCharge(StringBuilder file, UUID courtCase, UUID person, List<String> tier, List<String> visible,
            boolean isPublic, String articleText, String description) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("caseId", courtCase);
        record.put("personId", person);
        record.put("law", "XQ-PC-2031");
        record.put("article", "12");
        record.put("articleText", articleText);
        record.put("visibility", isPublic ? "PUBLIC" : "RESTRICTED");
        if (description != null) {
            record.put("description", description);
        }
        file.append(Api.importLine("charges", record));
        tier.add(id);
        if (isPublic) {
            visible.add(id);
        }
    }

    /** Every page of the charges that {@code q} finds for the caller of {@code as}, 500 at a time. */
    private static List<String> chargePages(String q, Supplier<RequestSpecification> as) {
        return Api.allIds(() -> as.get().queryParam("q", q).queryParam("type", "CHARGE"), "/api/v1/search");
    }

    /**
     * The backfill reads the tables a few ids at a time, each slice up to and including its last id: records without
     * keys in any slice are found, the last one too, with a slice of one record as with one of several.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void shouldComputeMissingKeysSliceBySlice(int slice) {
        String word = slice == 1 ? "Karzhelbay" : "Zhelsayev";
        List<String> sources = sourcesWithoutKeys(word, 5);
        search(word).then().statusCode(200).body("total", is(0));

        new SearchBackfill(em, index, slice).fill();

        search(word).then().statusCode(200).body("total", is(5));
        assertThat(search(word).<List<String>>path("items.id")).containsExactlyInAnyOrderElementsOf(sources);
    }

    /**
     * Asked to stop (at shutdown), the backfill ends before its next transaction and leaves the missing keys to the
     * next start, which computes them.
     */
    @Test
    void shouldLeaveMissingKeysToTheNextStartWhenStopped() {
        String word = "Tolkynbekova";
        sourcesWithoutKeys(word, 2);
        SearchBackfill stopped = new SearchBackfill(em, index, 1);
        stopped.stop();

        stopped.fill();

        search(word).then().statusCode(200).body("total", is(0));
        new SearchBackfill(em, index, 1).fill();
        search(word).then().statusCode(200).body("total", is(2));
    }

    /** {@code count} invented sources with {@code word} in their titles, whose search keys are then deleted. */
    private List<String> sourcesWithoutKeys(String word, int count) {
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sources.add(aSource().with("title", "Invented " + word + " bulletin " + i).create());
        }
        QuarkusTransaction.requiringNew().run(() -> sources.forEach(id -> em
                .createNativeQuery("delete from record_search_key where record_id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()));
        return sources;
    }
}
