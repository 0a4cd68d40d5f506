package org.rightsregistry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.inventedSurname;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightsregistry.support.Api;

/** Name search across scripts, transliterations, case, diacritics and typos, on invented people. */
@QuarkusTest
class NameSearchTest {

    @Inject
    EntityManager em;

    @Inject
    SearchBackfill backfill;

    /** Invented people: a published (Latin) name and a native one. */
    private static final String[][] PEOPLE = {
            {"aigerim", "Aigerim Zhaksylykova", "Айгерім Жақсылықова", "kk"},
            {"maks", "Maks Bokayev", "Макс Бокаев", "ru"},
            {"yerzhan", "Yerzhan Khasenov", "Ержан Хасенов", "kk"},
            {"dzhambul", "Dzhambul Tsoy", "Джамбул Цой", "ru"},
            {"mariya", "Mariya Dmitriyeva", "Мария Дмитриева", "ru"},
            {"gulnara", "Gulnara Nurmagambetova", "Гүлнара Нұрмағамбетова", "kk"},
            {"asel", "Asel Sheryazdanova", "Әсел Шерязданова", "kk"},
            {"tokhtar", "Tokhtar Ilyasov", "Тоқтар Ильясов", "kk"},
            {"zhanna", "Zhanna Mynbayeva", "Жанна Мыңбаева", "kk"},
            {"berenice", "Bérénice Lövgren", "Беренис Лёвгрен", "ru"},
    };

    private static Map<String, String> ids;

    private static synchronized Map<String, String> people() {
        if (ids == null) {
            Map<String, String> created = new LinkedHashMap<>();
            for (String[] p : PEOPLE) {
                created.put(p[0], aPerson().with("fullName", p[1])
                        .withList("names", Map.of("name", p[2], "lang", p[3], "script", "Cyrl", "kind", "NATIVE")).create());
            }
            ids = created;
        }
        return ids;
    }

    static Stream<Arguments> matches() {
        return Stream.of(
                // the example, and the whole names
                Arguments.of("Жаксылыкова", "aigerim"), Arguments.of("жақсылықова", "aigerim"), Arguments.of("zhaksylykova", "aigerim"),
                Arguments.of("JAKSYLYKOVA", "aigerim"), Arguments.of("Zhaksylikova", "aigerim"), Arguments.of("Zhaksylykva", "aigerim"),
                Arguments.of("Aigerim Zhaksylykova", "aigerim"), Arguments.of("Айгерім Жақсылықова", "aigerim"),
                Arguments.of("Aygerim Jaksylykova", "aigerim"), Arguments.of("Айгерим", "aigerim"), Arguments.of("Zhaqsylyqova", "aigerim"),
                // api.md's example
                Arguments.of("Бокаев", "maks"), Arguments.of("Bokaev", "maks"), Arguments.of("bokayev", "maks"), Arguments.of("BOKAYEV", "maks"),
                Arguments.of("Bokaiev", "maks"), Arguments.of("Bokaef", "maks"), Arguments.of("Макс Бокаев", "maks"),
                // kh/h, ye/e, zh/j, double letters
                Arguments.of("Ержан", "yerzhan"), Arguments.of("Erzhan", "yerzhan"), Arguments.of("Yerjan", "yerzhan"),
                Arguments.of("Hasenov", "yerzhan"), Arguments.of("Khassenov", "yerzhan"), Arguments.of("Хасенов", "yerzhan"),
                // dzh/j, ts/c
                Arguments.of("Jambul", "dzhambul"), Arguments.of("Djambul", "dzhambul"), Arguments.of("Tsoi", "dzhambul"),
                Arguments.of("Цой", "dzhambul"), Arguments.of("Джамбул Цой", "dzhambul"),
                // ya/ia, -iy/-i, -ieva/-yeva/-eva
                Arguments.of("Maria", "mariya"), Arguments.of("Мария", "mariya"), Arguments.of("Dmitrieva", "mariya"),
                Arguments.of("Dmitreva", "mariya"), Arguments.of("Дмитриева", "mariya"),
                // Kazakh letters ү ұ ғ, gh/g, typos
                Arguments.of("Гүлнара", "gulnara"), Arguments.of("Гулнара", "gulnara"), Arguments.of("Nurmaghambetova", "gulnara"),
                Arguments.of("Нурмагамбетова", "gulnara"), Arguments.of("Nurmagambetva", "gulnara"), Arguments.of("Nurmagmbetova", "gulnara"),
                Arguments.of("Nurmagambteova", "gulnara"),
                // ә
                Arguments.of("Әсел", "asel"), Arguments.of("Asel", "asel"), Arguments.of("Sheriazdanova", "asel"),
                Arguments.of("Шерязданова", "asel"), Arguments.of("Sheryazdanva", "asel"),
                // қ/q/k, kh/h, soft sign
                Arguments.of("Токтар", "tokhtar"), Arguments.of("Toqtar", "tokhtar"), Arguments.of("Tohtar", "tokhtar"),
                Arguments.of("Ильясов", "tokhtar"), Arguments.of("Iliasov", "tokhtar"), Arguments.of("Il'yasov", "tokhtar"),
                // ң/ng/n
                Arguments.of("Мыңбаева", "zhanna"), Arguments.of("Mynbaeva", "zhanna"), Arguments.of("Myngbayeva", "zhanna"),
                Arguments.of("Janna Mynbaeva", "zhanna"),
                // diacritics and case
                Arguments.of("Berenice", "berenice"), Arguments.of("BÉRÉNICE", "berenice"), Arguments.of("lovgren", "berenice"),
                Arguments.of("Lövgren", "berenice"), Arguments.of("Лёвгрен", "berenice"));
    }

    static Stream<Arguments> nonMatches() {
        return Stream.of(
                Arguments.of("Zhumabekova", "aigerim"), Arguments.of("Aigerim Bokayev", "aigerim"), Arguments.of("Bokonbaev", "maks"),
                Arguments.of("Khamitov", "yerzhan"), Arguments.of("Marat", "mariya"), Arguments.of("Dzhambulatov", "dzhambul"),
                Arguments.of("Lindgren", "berenice"), Arguments.of("Ablai", "asel"), Arguments.of("Zhanbolat", "zhanna"),
                Arguments.of("Qwerty", "tokhtar"), Arguments.of("Gulnaz Nurmagambetova", "gulnara"));
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @MethodSource("matches")
    void shouldFindThePersonByAnySpelling(String query, String who) {
        List<String> found = search(query);
        assertThat(found).as("persons found by %s", query).contains(people().get(who));
        for (Map.Entry<String, String> other : people().entrySet()) {
            if (!other.getKey().equals(who)) {
                assertThat(found).as("%s must not find %s", query, other.getKey()).doesNotContain(other.getValue());
            }
        }
    }

    @ParameterizedTest(name = "{0} does not find {1}")
    @MethodSource("nonMatches")
    void shouldNotFindOtherNames(String query, String who) {
        assertThat(search(query)).as("persons found by %s", query).doesNotContain(people().get(who));
    }

    @Test
    void shouldHaveAtLeastFortyPairs() {
        assertThat(matches().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void shouldRankWholeNamesThenExactWordsThenVariantsThenTypos() {
        String fuzzy = aPerson().with("fullName", "Dilnaz Karimovna").create();
        String variant = aPerson().with("fullName", "Dilnaz Qarimova").create();
        String words = aPerson().with("fullName", "Karimova Dilnaz").create();
        String whole = aPerson().with("fullName", "Dilnaz Karimova").create();
        Api.json().queryParam("q", "Dilnaz Karimova").get("/api/v1/persons").then().statusCode(200)
                .body("total", is(4))
                .body("items.id", org.hamcrest.Matchers.contains(whole, words, variant, fuzzy))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
        // an explicit sort replaces the ranking, under the same matches
        Api.json().queryParam("q", "Dilnaz Karimova").queryParam("sort", "createdAt").get("/api/v1/persons").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(fuzzy, variant, words, whole));
    }

    @Test
    void shouldPageRankedResultsWithoutRepeatsOrGapsWhileRecordsAreInserted() {
        List<String> expected = new ArrayList<>();
        expected.add(aPerson().with("fullName", "Saltanat Yergaliyeva").create());
        expected.add(aPerson().with("fullName", "Yergaliyeva Saltanat").create());
        expected.add(aPerson().with("fullName", "Saltanat Ergalieva").create());
        expected.add(aPerson().with("fullName", "Saltanat Yergaliyevna").create());
        List<String> seen = new ArrayList<>();
        Response page = Api.json().queryParam("q", "Saltanat Yergaliyeva").queryParam("limit", 1).get("/api/v1/persons");
        page.then().statusCode(200).body("total", is(4));
        seen.addAll(page.path("items.id"));
        // inserted while paging: a better match (ranks before the cursor) and a worse one (after it)
        // (equal matches come in the order of their ids' text: this one sorts first)
        aPerson().with("id", "00000000-0000-4000-8000-000000000000").with("fullName", "Saltanat Yergaliyeva").create();
        String later = aPerson().with("fullName", "Saltanat Yergalieyvna").create();
        while (page.path("nextCursor") != null) {
            page = Api.json().queryParam("q", "Saltanat Yergaliyeva").queryParam("limit", 1)
                    .queryParam("cursor", (String) page.path("nextCursor")).get("/api/v1/persons");
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
        }
        expected.add(later);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldCombineNameSearchWithFilters() {
        String detained = aPerson().with("fullName", "Bolat Sarsenbayev").with("status", "PRE_TRIAL_DETENTION").create();
        aPerson().with("fullName", "Bolat Sarsenbaev").with("status", "AT_LIBERTY").create();
        Api.json().queryParam("q", "Сарсенбаев").queryParam("status", "PRE_TRIAL_DETENTION").get("/api/v1/persons").then()
                .statusCode(200).body("total", is(1)).body("items[0].id", is(detained));
    }

    @Test
    void shouldRejectBadQueriesNamingTheParameter() {
        for (String bad : new String[] {"%%%", "x".repeat(201), "a b c d e f g h i", "' -- ;"}) {
            Api.json().queryParam("q", bad).get("/api/v1/persons").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is("q"));
        }
        Api.json().queryParam("q", " ").get("/api/v1/persons").then().statusCode(200);
        Api.json().queryParam("q", "").get("/api/v1/persons").then().statusCode(400).body("errors[0].field", is("q"));
        Api.json().queryParam("q", " ").get("/api/v1/search").then().statusCode(400).body("errors[0].field", is("q"));
        Api.json().get("/api/v1/search").then().statusCode(400).body("errors[0].field", is("q"));
        Api.json().queryParam("sort", "relevance").get("/api/v1/persons").then().statusCode(400).body("errors[0].field", is("sort"));
        Api.json().queryParam("q", "Bokaev").queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/persons").then().statusCode(400)
                .body("errors[0].field", is("cursor"));
    }

    @Test
    void shouldAnswerHostileQueriesWithResultsNotErrors() {
        for (String hostile : new String[] {"' OR 1=1 --", "Robert'); DROP TABLE person;--", "%_%", "\\", "😀 👍", "ﷺ ᚠᛇᚻ",
                "Z\u0335\u0321a\u0337l\u0336g\u0334o", "\u200Bzero\u200Bwidth", "مرحبا", "你好 世界", "١٢٣"}) {
            Api.json().queryParam("q", hostile).get("/api/v1/persons").then().statusCode(org.hamcrest.Matchers.oneOf(200, 400));
            Api.json().queryParam("q", hostile).get("/api/v1/search").then().statusCode(org.hamcrest.Matchers.oneOf(200, 400));
            Api.json().queryParam("q", hostile).get("/api/v1/cases").then().statusCode(org.hamcrest.Matchers.oneOf(200, 400));
        }
        Api.json().queryParam("q", "zqxw' OR ''='").get("/api/v1/persons").then().statusCode(200).body("total", is(0));
        // the longest words a query may have: eight of 24 letters, and one of 200, none repeating a letter pattern
        StringBuilder eight = new StringBuilder();
        StringBuilder one = new StringBuilder();
        java.util.Random random = new java.util.Random(20261206);
        for (int i = 0; i < 200; i++) {
            one.append((char) ('a' + random.nextInt(26)));
            if (i < 8 * 25) {
                eight.append(i % 25 == 24 ? ' ' : (char) ('a' + random.nextInt(26)));
            }
        }
        for (String longest : new String[] {eight.toString().strip(), one.toString()}) {
            Api.json().queryParam("q", longest).get("/api/v1/persons").then().statusCode(200).body("total", is(0));
            Api.json().queryParam("q", longest).get("/api/v1/search").then().statusCode(200).body("total", is(0));
        }
    }

    @Test
    void shouldKeepNamesOutsideTheBasicPlaneWholeInTheirSearchKeys() {
        // letters of the supplementary planes are two UTF-16 units each; a deletion that cut one in two would reach
        // PostgreSQL as '?' and collide with another form of the same word
        String name = "\uD840\uDC00\uD840\uDC01\uD840\uDC02\uD840\uDC03\uD840\uDC04 \uD835\uDD38\uD835\uDD39\uD835\uDD3B\uD835\uDD3C";
        String id = aPerson().with("fullName", name).create();
        Api.json().body(Map.of("fullName", name, "names", List.of(Map.of("name", "\uD840\uDC05\uD840\uDC00\uD840\uDC01\uD840\uDC02"
                + "\uD840\uDC03\uD840\uDC04", "kind", "FORMER")))).header("If-Match", "\"1\"").put("/api/v1/persons/" + id)
                .then().statusCode(200).body("version", is(2));
        Api.json().queryParam("q", name.substring(0, name.indexOf(' '))).get("/api/v1/persons").then().statusCode(200)
                .body("total", is(1)).body("items[0].id", is(id));
        assertThat(SearchText.deletions("\uD840\uDC00\uD840\uDC01\uD840\uDC02\uD840\uDC03\uD840\uDC04"))
                .hasSize(16).allSatisfy(key -> assertThat(key.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero());
    }

    private static List<String> search(String query) {
        people();
        return Api.json().queryParam("q", query).queryParam("limit", 500).get("/api/v1/persons").then().statusCode(200)
                .extract().path("items.id");
    }

    /**
     * More candidates than one query joins with their persons ({@link Ranking#CANDIDATES_PER_QUERY}): every one is
     * ranked, so the first page holds the best of all of them (equal matches in the order of their ids' text), and the total
     * stops at {@link Ranking#MAX_RESULTS}.
     */
    @Test
    void shouldRankEveryCandidateWhenThereAreMoreThanOneQueryJoins() {
        String surname = inventedSurname();
        int count = Ranking.CANDIDATES_PER_QUERY + 100;
        List<UUID> created = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < count; i++) {
            created.add(imported(file, UUID.randomUUID(), "Nurlan " + surname, false));
        }
        Api.plain().contentType("application/x-ndjson").body(file.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/import")
                .then().statusCode(200).body("created", is(count)).body("rejected", is(0));

        List<String> firstPage = Api.json().queryParam("q", surname).queryParam("limit", 100).get("/api/v1/persons")
                .then().statusCode(200).body("total", is(Ranking.MAX_RESULTS)).extract().jsonPath().getList("items.id", String.class);
        assertThat(firstPage).containsExactlyElementsOf(created.stream().map(UUID::toString).sorted().limit(100).toList());
    }

    /**
     * A name shared by more persons than a search returns: the results are its matches as written, in the order of their
     * ids, and none with a typo (they rank after all of them). Under a filter that leaves fewer of them, the matches with
     * a typo follow them again.
     */
    @Test
    void shouldLeaveTyposOutOfACommonNamesResultsOnlyWhenItsMatchesAsWrittenFillThem() {
        // an invented surname with a vowel left out
        String surname = "Quorvandelik";
        String typo = "Quorvandelk";
        List<UUID> exact = new ArrayList<>();
        List<UUID> wanted = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < Ranking.MAX_RESULTS + 20; i++) {
            UUID id = imported(file, UUID.randomUUID(), "Nurlan " + surname, i < 2);
            exact.add(id);
            if (i < 2) {
                wanted.add(id);
            }
        }
        UUID misspelt = imported(file, UUID.randomUUID(), "Nurlan " + typo, true);
        Api.plain().contentType("application/x-ndjson").body(file.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/import")
                .then().statusCode(200).body("created", is(exact.size() + 1)).body("rejected", is(0));

        assertThat(allPages(surname))
                .containsExactlyElementsOf(exact.stream().map(UUID::toString).sorted().limit(Ranking.MAX_RESULTS).toList());

        Api.json().queryParam("q", surname).queryParam("status", "WANTED").get("/api/v1/persons").then().statusCode(200)
                .body("total", is(3))
                .body("items.id", is(Stream.concat(wanted.stream().map(UUID::toString).sorted(), Stream.of(misspelt.toString())).toList()));
        Api.json().queryParam("q", surname).queryParam("limit", 3).get("/api/v1/search").then().statusCode(200)
                .body("items.id", is(exact.stream().map(UUID::toString).sorted().limit(3).toList()))
                .body("items.match", is(List.of("EXACT_WORD", "EXACT_WORD", "EXACT_WORD")));
    }

    /**
     * A name shared by more persons than one query joins with their persons is ranked in the database, without reading
     * their keys: the whole name first, then the word as written, then in another spelling, each in the order of the
     * ids, as one person's keys rank it; under a filter that leaves fewer than a search returns, the same order, and the
     * matches with a typo after them.
     */
    @Test
    void shouldRankACommonNamesMatchesWithoutTyposAsEachPersonsKeysRankThem() {
        List<UUID> wholeName = new ArrayList<>();
        List<UUID> asWritten = new ArrayList<>();
        List<UUID> otherSpelling = new ArrayList<>();
        UUID misspelt = UUID.randomUUID();
        UUID wantedAsWritten = UUID.randomUUID();
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            wholeName.add(imported(file, UUID.randomUUID(), "Kvorandyrov", false));
        }
        asWritten.add(imported(file, wantedAsWritten, "Nurlan Kvorandyrov", true));
        for (int i = 0; i < Ranking.MAX_RESULTS; i++) {
            asWritten.add(imported(file, UUID.randomUUID(), "Nurlan Kvorandyrov", false));
        }
        for (int i = 0; i < 3; i++) {
            otherSpelling.add(imported(file, UUID.randomUUID(), "Aigul Kvorandirov", true));
        }
        imported(file, misspelt, "Aigul Kvorandyrv", true);
        Api.plain().contentType("application/x-ndjson").body(file.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/import")
                .then().statusCode(200).body("created", is(Ranking.MAX_RESULTS + 7)).body("rejected", is(0));

        List<String> expected = Stream.concat(wholeName.stream().map(UUID::toString).sorted(), asWritten.stream().map(UUID::toString).sorted())
                .limit(Ranking.MAX_RESULTS).toList();
        assertThat(allPages("Kvorandyrov")).containsExactlyElementsOf(expected);
        Api.json().queryParam("q", "Kvorandyrov").queryParam("limit", 3).get("/api/v1/search").then().statusCode(200)
                .body("items.id", is(expected.subList(0, 3)))
                .body("items.match", is(List.of("EXACT_NAME", "EXACT_NAME", "EXACT_WORD")));

        List<String> wanted = Stream.of(Stream.of(wantedAsWritten.toString()), otherSpelling.stream().map(UUID::toString).sorted(),
                Stream.of(misspelt.toString())).flatMap(ids -> ids).toList();
        Api.json().queryParam("q", "Kvorandyrov").queryParam("status", "WANTED").get("/api/v1/persons").then().statusCode(200)
                .body("total", is(5)).body("items.id", is(wanted));
    }

    /**
     * The same for a name of two words, each of them shared by more persons than a search returns: a match has every
     * word, and it ranks as the whole name, then as every word as written (here the words in another order), then in
     * another spelling of one word; persons with only one of the words are no match at all, and a typo comes last.
     */
    @Test
    void shouldRankACommonNameOfTwoWordsWordByWordAsEachPersonsKeysRankThem() {
        String stem = inventedSurname();
        String surname = stem + "ymov";
        List<UUID> wholeName = new ArrayList<>();
        List<UUID> asWritten = new ArrayList<>();
        List<UUID> otherSpelling = new ArrayList<>();
        UUID wantedAsWritten = UUID.randomUUID();
        UUID misspelt = UUID.randomUUID();
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            wholeName.add(imported(file, UUID.randomUUID(), "Nurlan " + surname, false));
        }
        asWritten.add(imported(file, wantedAsWritten, surname + " Nurlan", true));
        for (int i = 0; i < Ranking.MAX_RESULTS; i++) {
            asWritten.add(imported(file, UUID.randomUUID(), surname + " Nurlan", false));
        }
        for (int i = 0; i < 2; i++) {
            otherSpelling.add(imported(file, UUID.randomUUID(), "Nurlan " + stem + "imov", true));
        }
        imported(file, UUID.randomUUID(), "Aigul " + surname, true);
        imported(file, misspelt, "Nurlan " + stem + "ymv", true);
        Api.plain().contentType("application/x-ndjson").body(file.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/import")
                .then().statusCode(200).body("created", is(Ranking.MAX_RESULTS + 8)).body("rejected", is(0));

        String query = "Nurlan " + surname;
        List<String> expected = Stream.concat(wholeName.stream().map(UUID::toString).sorted(), asWritten.stream().map(UUID::toString).sorted())
                .limit(Ranking.MAX_RESULTS).toList();
        assertThat(allPages(query)).containsExactlyElementsOf(expected);
        Api.json().queryParam("q", query).queryParam("limit", 4).get("/api/v1/search").then().statusCode(200)
                .body("items.id", is(expected.subList(0, 4)))
                .body("items.match", is(List.of("EXACT_NAME", "EXACT_NAME", "EXACT_NAME", "EXACT_WORD")));

        List<String> wanted = Stream.of(Stream.of(wantedAsWritten.toString()), otherSpelling.stream().map(UUID::toString).sorted(),
                Stream.of(misspelt.toString())).flatMap(ids -> ids).toList();
        Api.json().queryParam("q", query).queryParam("status", "WANTED").get("/api/v1/persons").then().statusCode(200)
                .body("total", is(4)).body("items.id", is(wanted));
    }

    /** The ids of every page of the persons that {@code q} finds, 500 at a time; the first says there are 1 000. */
    private static List<String> allPages(String q) {
        List<String> all = new ArrayList<>();
        Response page = Api.json().queryParam("q", q).queryParam("limit", 500).get("/api/v1/persons");
        page.then().statusCode(200).body("total", is(Ranking.MAX_RESULTS));
        all.addAll(page.jsonPath().getList("items.id", String.class));
        while (page.jsonPath().getString("nextCursor") != null) {
            page = Api.json().queryParam("q", q).queryParam("limit", 500).queryParam("cursor", page.jsonPath().getString("nextCursor"))
                    .get("/api/v1/persons");
            page.then().statusCode(200);
            all.addAll(page.jsonPath().getList("items.id", String.class));
        }
        return all;
    }

    /** Appends an import line of a person with this id and name, wanted or not, and returns the id. */
    private static UUID imported(StringBuilder file, UUID id, String fullName, boolean wanted) {
        file.append("{\"type\":\"persons\",\"record\":{\"id\":\"").append(id).append("\",\"fullName\":\"").append(fullName)
                .append("\"").append(wanted ? ",\"status\":\"WANTED\"" : "").append("}}\n");
        return id;
    }

    /**
     * A typo is any difference within the limit (two letters in a word of eight or more), whichever letters they are:
     * two consonants of a long surname replaced by others still find it, ranked as a typo (the consonant skeletons that
     * typos were looked up by before did not); three differences do not, nor two in a word of six letters.
     */
    @Test
    void shouldFindEveryNameWithinTheTypoLimitWhicheverLettersDiffer() {
        String id = aPerson().with("fullName", "Tolkyn Kelvarandisov").create();
        Api.json().queryParam("q", "Kelmaranlisov").get("/api/v1/search").then().statusCode(200)
                .body("total", is(1)).body("items.id", is(List.of(id))).body("items.match", is(List.of("FUZZY")));
        Api.json().queryParam("q", "Tolkyn Kelmaranlisov").get("/api/v1/persons").then().statusCode(200)
                .body("total", is(1)).body("items.id", is(List.of(id)));
        Api.json().queryParam("q", "Kelmaranlisof").get("/api/v1/persons").then().statusCode(200).body("total", is(0));
        Api.json().queryParam("q", "Tolmyn Kelvarandisov").get("/api/v1/persons").then().statusCode(200)
                .body("total", is(1)).body("items.id", is(List.of(id)));
        Api.json().queryParam("q", "Tolmun Kelvarandisov").get("/api/v1/persons").then().statusCode(200).body("total", is(0));
    }

    /**
     * The words of names written before {@code person_search_word} existed are added once, at start: until then a typo
     * does not find them (the words as written do), afterwards it does.
     */
    @Test
    void shouldAddTheWordsOfNamesWrittenBeforeTheyWereKept() {
        String id = aPerson().with("fullName", "Zhanel Quessandrovik").create();
        String folded = SearchText.fold(SearchText.tokens("Quessandrovik").get(0));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from person_search_word where word = ?1").setParameter(1, folded).executeUpdate();
            em.createNativeQuery("delete from registry_meta where meta_key = ?1").setParameter(1, SearchBackfill.WORDS_MARKER).executeUpdate();
        });
        Api.json().queryParam("q", "Quessandrovic").get("/api/v1/persons").then().statusCode(200).body("total", is(0));
        Api.json().queryParam("q", "Quessandrovik").get("/api/v1/persons").then().statusCode(200).body("items.id", is(List.of(id)));

        backfill.fill();

        Api.json().queryParam("q", "Quessandrovic").get("/api/v1/persons").then().statusCode(200)
                .body("total", is(1)).body("items.id", is(List.of(id)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select meta_value from registry_meta where meta_key = ?1")
                .setParameter(1, SearchBackfill.WORDS_MARKER).getSingleResult())).isEqualTo(SearchIndex.VERSION);
    }
}
