package org.rightsregistry.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.rightsregistry.support.Fixtures.aCharge;
import static org.rightsregistry.support.Fixtures.aPartyOfACase;
import static org.rightsregistry.support.Fixtures.aPerson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

@QuarkusTest
class ListPagingTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Test
    void shouldPageThroughAListWithCursorsAndLinkHeaders() {
        String[] party = aPartyOfACase();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(aCharge(party[0], party[1]).with("article", "10" + i).create());
        }
        List<String> seen = new ArrayList<>();
        Response page = Api.json().queryParam("caseId", party[0]).queryParam("limit", 3).get("/api/v1/charges");
        page.then().statusCode(200).body("total", is(7));
        int pages = 1;
        while (true) {
            seen.addAll(page.path("items.id"));
            String link = page.header("Link");
            if (page.path("nextCursor") == null) {
                assertThat(link).isNull();
                break;
            }
            Matcher next = NEXT.matcher(link);
            assertThat(next.matches()).as("Link header %s", link).isTrue();
            assertThat(next.group(1)).startsWith("http://").contains("/api/v1/charges?").contains("caseId=" + party[0])
                    .contains("limit=3").contains("cursor=" + page.path("nextCursor"));
            page = Api.json().get(next.group(1));
            page.then().statusCode(200).body("total", is(7));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void shouldNeitherRepeatNorSkipRecordsInsertedWhilePaging() {
        String[] party = aPartyOfACase();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            created.add(aCharge(party[0], party[1]).with("article", "A" + i).create());
        }
        Response first = Api.json().queryParam("caseId", party[0]).queryParam("limit", 2).queryParam("sort", "article")
                .get("/api/v1/charges");
        created.add(aCharge(party[0], party[1]).with("article", "A0-inserted").create()); // sorts into page one
        created.add(aCharge(party[0], party[1]).with("article", "Z").create());           // sorts after everything
        List<String> seen = new ArrayList<>(first.path("items.id"));
        String cursor = first.path("nextCursor");
        while (cursor != null) {
            Response page = Api.json().queryParam("caseId", party[0]).queryParam("limit", 2).queryParam("sort", "article")
                    .queryParam("cursor", cursor).get("/api/v1/charges");
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        }
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).contains(created.get(0), created.get(1), created.get(2), created.get(3), created.get(5));
        assertThat(seen).doesNotContain(created.get(4));
    }

    @Test
    void shouldSortDescendingWithNullsLastAndTiesOnId() {
        String[] party = aPartyOfACase();
        String early = aCharge(party[0], party[1]).with("filedOn", "2019").create();
        String late = aCharge(party[0], party[1]).with("filedOn", "2021-05-02").create();
        String undated = aCharge(party[0], party[1]).create();
        String sameDay = aCharge(party[0], party[1]).with("filedOn", "2021-05-02").create();
        List<String> ties = new ArrayList<>(List.of(late, sameDay));
        ties.sort(java.util.Comparator.reverseOrder());
        List<String> all = allPages(party[0], "-filedOn", 1, 4);
        assertThat(all).hasSize(4);
        assertThat(all.subList(0, 2)).containsExactlyElementsOf(ties);
        assertThat(all.subList(2, 4)).containsExactly(early, undated);
    }

    @Test
    void shouldPageAcrossRecordsWithAndWithoutTheSortValueInBothDirections() {
        String[] party = aPartyOfACase();
        List<String> undated = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            undated.add(aCharge(party[0], party[1]).create());
        }
        String late = aCharge(party[0], party[1]).with("filedOn", "2021-05-02").create();
        String early = aCharge(party[0], party[1]).with("filedOn", "2019").create();
        undated.sort(null); // those without a date come last in either direction, in the order of their ids
        List<String> ascending = new ArrayList<>(List.of(early, late));
        ascending.addAll(undated);
        List<String> descending = new ArrayList<>(undated);
        java.util.Collections.reverse(descending);
        descending.addAll(0, List.of(late, early));

        for (int limit = 1; limit <= 3; limit++) {
            assertThat(allPages(party[0], "filedOn", limit, 5)).as("ascending, %d a page", limit).containsExactlyElementsOf(ascending);
            assertThat(allPages(party[0], "-filedOn", limit, 5)).as("descending, %d a page", limit).containsExactlyElementsOf(descending);
        }
    }

    /** Every page of the case's charges in this order, each checked: the list's total, and full unless it is the last. */
    private static List<String> allPages(String caseId, String sort, int limit, int total) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.json().queryParam("caseId", caseId).queryParam("sort", sort).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/charges");
            page.then().statusCode(200).body("total", is(total));
            List<String> ids = page.path("items.id");
            all.addAll(ids);
            cursor = page.path("nextCursor");
            assertThat(ids).as("a page is full unless it is the last").hasSize(cursor == null ? ids.size() : limit);
        } while (cursor != null && all.size() <= 2 * total);
        return all;
    }

    @Test
    void shouldSortByTheFirstDayOfPartialDates() {
        String[] party = aPartyOfACase();
        String may = aCharge(party[0], party[1]).with("filedOn", "2020-05").create();
        String year = aCharge(party[0], party[1]).with("filedOn", "2020").create();
        String day = aCharge(party[0], party[1]).with("filedOn", "2020-03-17").create();
        Api.json().queryParam("caseId", party[0]).queryParam("sort", "filedOn").get("/api/v1/charges").then()
                .body("items.id", org.hamcrest.Matchers.contains(year, day, may))
                .body("items.filedOn", org.hamcrest.Matchers.contains("2020", "2020-03-17", "2020-05"));
    }

    @Test
    void shouldRejectBadPagingParameters() {
        for (String limit : List.of("0", "501", "-1", "ten", "1.5", "99999999999")) {
            Api.json().queryParam("limit", limit).get("/api/v1/persons").then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", is("limit"));
        }
        Api.json().queryParam("limit", 500).get("/api/v1/persons").then().statusCode(200);
        for (String cursor : List.of("garbage", "eyJ4IjoxfQ", "' OR 1=1 --", "x".repeat(3000))) {
            Api.json().queryParam("cursor", cursor).get("/api/v1/persons").then().statusCode(400).body("errors[0].field", is("cursor"));
        }
        Api.json().queryParam("sort", "safetyNotes").get("/api/v1/persons").then().statusCode(400)
                .body("errors[0].field", is("sort"))
                .body("errors[0].message", is("must be one of createdAt, updatedAt, fullName, birthDate, optionally prefixed with - for descending order"));
    }

    @Test
    void shouldRefuseACursorMadeForAnotherSort() {
        aPerson().create();
        aPerson().create();
        String cursor = Api.json().queryParam("limit", 1).queryParam("sort", "fullName").get("/api/v1/persons").path("nextCursor");
        Api.json().queryParam("cursor", cursor).queryParam("sort", "-fullName").get("/api/v1/persons").then()
                .statusCode(400).body("errors[0].field", is("cursor"));
        Api.json().queryParam("cursor", cursor).queryParam("sort", "fullName").get("/api/v1/persons").then().statusCode(200);
    }

    @Test
    void shouldRejectUnknownQueryParametersNamingThem() {
        Api.json().queryParam("stauts", "IMPRISONED").get("/api/v1/persons").then()
                .statusCode(400)
                .body("type", is("/problems/validation"))
                .body("errors[0].field", is("stauts"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("unknown query parameter; this operation takes article, birthFrom, birthTo, bom, caseId"));
        Api.json().queryParam("limit", 1).get("/api/v1/persons/" + aPerson().create()).then().statusCode(400)
                .body("errors[0].message", is("this operation takes no query parameters"));
    }

    @Test
    void shouldFilterPersonsOrWithinAndAcrossParameters() {
        String detained = aPerson().withList("citizenships", "TV").with("status", "PRE_TRIAL_DETENTION").with("gender", "FEMALE")
                .withList("roles", "JOURNALIST").create();
        String imprisoned = aPerson().withList("citizenships", "TV", "KZ").with("status", "IMPRISONED").with("gender", "MALE")
                .withList("roles", "BLOGGER", "ACTIVIST").create();
        String free = aPerson().withList("citizenships", "TV").with("status", "AT_LIBERTY").create();
        Api.json().queryParam("citizenship", "TV").get("/api/v1/persons").then().body("total", is(3))
                .body("items.id", org.hamcrest.Matchers.contains(detained, imprisoned, free));
        Api.json().queryParam("citizenship", "TV").queryParam("status", "PRE_TRIAL_DETENTION").queryParam("status", "IMPRISONED")
                .get("/api/v1/persons").then().body("total", is(2)).body("items.id", org.hamcrest.Matchers.contains(detained, imprisoned));
        Api.json().queryParam("citizenship", "TV").queryParam("role", "ACTIVIST").get("/api/v1/persons").then()
                .body("total", is(1)).body("items[0].id", is(imprisoned));
        Api.json().queryParam("citizenship", "TV").queryParam("gender", "FEMALE").queryParam("role", "JOURNALIST")
                .get("/api/v1/persons").then().body("total", is(1)).body("items[0].id", is(detained));
        Api.json().queryParam("citizenship", "TV").queryParam("gender", "FEMALE").queryParam("role", "BLOGGER")
                .get("/api/v1/persons").then().body("total", is(0)).body("nextCursor", nullValue());
        Api.json().queryParam("citizenship", "Tuvalu").get("/api/v1/persons").then().statusCode(400)
                .body("errors[0].field", is("citizenship"));
        Api.json().queryParam("role", "HACKER").get("/api/v1/persons").then().statusCode(400).body("errors[0].field", is("role"));
    }

    @Test
    void shouldFilterCasesByCountryKindStageAndTheme() {
        String a = org.rightsregistry.support.Fixtures.aCase().with("country", "NR").with("stage", "TRIAL").with("kind", "CRIMINAL")
                .withList("themes", "EXPRESSION", "JOURNALISM").create();
        String b = org.rightsregistry.support.Fixtures.aCase().with("country", "NR").with("stage", "APPEAL")
                .withList("themes", "RELIGION").create();
        Api.json().queryParam("country", "NR").get("/api/v1/cases").then().body("total", is(2));
        Api.json().queryParam("country", "NR").queryParam("theme", "JOURNALISM").queryParam("theme", "RELIGION").get("/api/v1/cases")
                .then().body("total", is(2));
        Api.json().queryParam("country", "NR").queryParam("stage", "TRIAL").get("/api/v1/cases").then()
                .body("total", is(1)).body("items[0].id", is(a));
        Api.json().queryParam("country", "NR").queryParam("kind", "CRIMINAL").queryParam("theme", "RELIGION").get("/api/v1/cases")
                .then().body("total", is(0));
        Api.json().queryParam("country", "NR").queryParam("sort", "-createdAt").get("/api/v1/cases").then()
                .body("items.id", org.hamcrest.Matchers.contains(b, a));
    }
}
