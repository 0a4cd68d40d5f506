package org.rightsregistry.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aCharge;
import static org.rightsregistry.support.Fixtures.aPartyOfACase;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aSentence;
import static org.rightsregistry.support.Fixtures.aSource;
import static org.rightsregistry.support.Fixtures.aToken;
import static org.rightsregistry.support.Fixtures.addParty;
import static org.rightsregistry.support.Fixtures.citation;
import static org.rightsregistry.support.Fixtures.imprisonment;
import static org.rightsregistry.support.Fixtures.unique;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

/** The visibility rule and field projection, role by role, with exact answers. The leak suite walks the whole contract. */
@QuarkusTest
class VisibilityTest {

    private String viewer;
    private String editor;

    @BeforeEach
    void tokens() {
        viewer = aToken("viewer");
        editor = aToken("editor");
    }

    @Test
    void shouldShowEachRecordOnlyToTheRolesItsVisibilityAllows() {
        String restricted = aPerson().with("visibility", "RESTRICTED").create();
        String confidential = aPerson().with("visibility", "CONFIDENTIAL").create();
        Api.anonymous().get("/api/v1/persons/" + restricted).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("/problems/not-found"))
                .body("detail", is("No person with this id"));
        Api.as(viewer).get("/api/v1/persons/" + restricted).then().statusCode(200).body("visibility", is("RESTRICTED"));
        Api.as(viewer).get("/api/v1/persons/" + confidential).then().statusCode(404);
        Api.as(editor).get("/api/v1/persons/" + confidential).then().statusCode(404);
        Api.plain().get("/api/v1/persons/" + confidential).then().statusCode(200).body("visibility", is("CONFIDENTIAL"));
        // a hidden record cannot be changed, nor its history read, by whoever may not see it
        Api.as(editor).contentType("application/merge-patch+json").body("{\"region\":\"x\"}").patch("/api/v1/persons/" + confidential)
                .then().statusCode(404);
        Api.as(editor).get("/api/v1/persons/" + confidential + "/history").then().statusCode(404);
        Api.anonymous().get("/api/v1/persons/" + restricted + "/dossier").then().statusCode(404);
        Api.plain().get("/api/v1/persons/" + confidential).then().body("region", nullValue()).body("version", is(1));
    }

    @Test
    void shouldLetOnlyAdminsMarkARecordConfidential() {
        Api.as(editor).contentType("application/json").body(aPerson().with("visibility", "CONFIDENTIAL").map()).post("/api/v1/persons")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", is("/problems/forbidden"))
                .body("detail", is("Only admins may mark a record CONFIDENTIAL"));
        String id = Api.as(editor).contentType("application/json").body(aPerson().with("visibility", "RESTRICTED").map())
                .post("/api/v1/persons").then().statusCode(201).extract().path("id");
        Api.as(editor).contentType("application/merge-patch+json").body("{\"visibility\":\"CONFIDENTIAL\"}").patch("/api/v1/persons/" + id)
                .then().statusCode(403);
        Api.plain().get("/api/v1/persons/" + id).then().body("visibility", is("RESTRICTED")).body("version", is(1));
    }

    @Test
    void shouldShowAnonymousCallersTheYearOfBirthOnly() {
        String exact = aPerson().with("birthDate", "1984-06-02").create();
        String approximate = aPerson().with("birthDate", "1984-06~").create();
        Api.anonymous().get("/api/v1/persons/" + exact).then().statusCode(200).body("birthDate", is("1984"));
        Api.anonymous().get("/api/v1/persons/" + approximate).then().statusCode(200).body("birthDate", is("1984~"));
        Api.anonymous().get("/api/v1/persons/" + exact + "/dossier").then().statusCode(200).body("person.birthDate", is("1984"));
        Api.anonymous().get("/api/v1/persons/" + exact + "/history").then().statusCode(200)
                .body("items[0].patch.find { it.path == '/birthDate' }.value", is("1984"))
                .body("items[0].actor", nullValue());
        Api.as(viewer).get("/api/v1/persons/" + exact).then().statusCode(200).body("birthDate", is("1984-06-02"));
        Api.as(viewer).get("/api/v1/persons/" + exact + "/history").then()
                .body("items[0].patch.find { it.path == '/birthDate' }.value", is("1984-06-02"))
                .body("items[0].actor", is("admin"));
        // neither the order nor the bounds of a list may reveal more than the year
        Api.anonymous().queryParam("sort", "birthDate").get("/api/v1/persons").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("sort"));
        Api.anonymous().queryParam("birthFrom", "1984-06").get("/api/v1/persons").then()
                .statusCode(400)
                .body("errors[0].field", is("birthFrom"));
        Api.anonymous().queryParam("birthFrom", "1984").queryParam("birthTo", "1984-06-30").get("/api/v1/persons").then()
                .statusCode(400)
                .body("errors[0].field", is("birthTo"));
        Api.anonymous().queryParam("birthFrom", "1984").queryParam("birthTo", "1984").queryParam("limit", 500).get("/api/v1/persons")
                .then().statusCode(200).body("items.id", hasItem(exact));
        Api.as(viewer).queryParam("birthFrom", "1984-06-02").queryParam("birthTo", "1984-06-02").queryParam("limit", 500)
                .get("/api/v1/persons").then().statusCode(200).body("items.id", hasItem(exact));
    }

    @Test
    void shouldShowSafetyNotesAndTheirSourcesToEditorsAndAdminsOnly() {
        String source = aSource().create();
        String id = aPerson().with("safetyNotes", "Moves between two invented addresses")
                .withList("citations", citation(source, "safetyNotes")).create();
        Api.anonymous().get("/api/v1/persons/" + id).then().body("safetyNotes", nullValue()).body("citations", empty());
        Api.as(viewer).get("/api/v1/persons/" + id).then().body("safetyNotes", nullValue()).body("citations", empty());
        Api.as(editor).get("/api/v1/persons/" + id).then().body("safetyNotes", is("Moves between two invented addresses"))
                .body("citations[0].field", is("safetyNotes"));
        Api.as(viewer).get("/api/v1/persons/" + id + "/history").then().statusCode(200)
                .body("items[0].patch.path", not(hasItem("/safetyNotes")))
                .body("items[0].patch.find { it.path == '/citations' }.value", empty());
        Api.as(editor).get("/api/v1/persons/" + id + "/history").then()
                .body("items[0].patch.path", hasItem("/safetyNotes"));
        Api.as(viewer).get("/api/v1/sources/" + source + "/citations").then().statusCode(200).body("$", empty());
        Api.as(editor).get("/api/v1/sources/" + source + "/citations").then().statusCode(200).body("id", contains(id));
    }

    @Test
    void shouldWithholdASourceTheCallerMayNotSeeAndKeepItThroughTheCallersWrites() {
        String open = aSource().create();
        String hidden = aSource().with("visibility", "CONFIDENTIAL").with("title", "An invented informant's account").create();
        String id = aPerson().withList("citations", citation(open, null), citation(hidden, "status")).create();
        Response seen = Api.as(editor).get("/api/v1/persons/" + id);
        seen.then().statusCode(200)
                .body("citations[0].source.title", is("Kazakhstan: bloggers on trial (invented report)"))
                .body("citations[1]", equalTo(Map.of("withheld", true)));
        // the editor sends back what it read, with a new occupation: the withheld citation stays as it was
        Map<String, Object> body = seen.jsonPath().getMap("");
        body.put("occupation", "blogger");
        Api.as(editor).contentType("application/json").header("If-Match", seen.header("ETag")).body(body).put("/api/v1/persons/" + id)
                .then().statusCode(200).body("citations[1]", equalTo(Map.of("withheld", true)));
        Api.plain().get("/api/v1/persons/" + id).then().body("occupation", is("blogger"))
                .body("citations.sourceId", contains(open, hidden));
        // nor may an editor cite it
        String other = aPerson().create();
        Api.as(editor).contentType("application/merge-patch+json").body(Map.of("citations", List.of(citation(hidden, null))))
                .patch("/api/v1/persons/" + other).then()
                .statusCode(422)
                .body("errors[0].field", is("citations[0].sourceId"));
        Api.as(editor).get("/api/v1/sources/" + hidden).then().statusCode(404);
        Api.as(editor).get("/api/v1/sources/" + hidden + "/citations").then().statusCode(404);
    }

    @Test
    void shouldHideWhatBelongsToAHiddenRecordAndTheIdsThatPointAtIt() {
        String[] party = aPartyOfACase();
        String caseId = party[0];
        String visible = party[1];
        String hidden = aPerson().with("visibility", "CONFIDENTIAL").create();
        addParty(caseId, hidden, "DEFENDANT");
        String chargeOfHidden = aCharge(caseId, hidden).create();
        String hiddenCharge = aCharge(caseId, visible).with("visibility", "CONFIDENTIAL").create();
        String charge = aCharge(caseId, visible).create();
        String sentence = aSentence(caseId, visible).withList("chargeIds", charge, hiddenCharge).create();

        Api.as(editor).get("/api/v1/cases/" + caseId).then().statusCode(200).body("parties.personId", contains(visible));
        Api.as(editor).get("/api/v1/cases/" + caseId + "/parties").then().statusCode(200)
                .body("total", is(1)).body("items.personId", contains(visible));
        Api.as(editor).get("/api/v1/cases/" + caseId + "/parties/" + hidden).then().statusCode(404);
        Api.as(editor).get("/api/v1/charges/" + chargeOfHidden).then().statusCode(404);
        Api.as(editor).queryParam("caseId", caseId).get("/api/v1/charges").then().statusCode(200)
                .body("total", is(1)).body("items.id", contains(charge));
        Api.as(editor).get("/api/v1/sentences/" + sentence).then().statusCode(200).body("chargeIds", contains(charge));
        Api.plain().get("/api/v1/sentences/" + sentence).then().body("chargeIds", contains(charge, hiddenCharge));
        Api.as(editor).queryParam("caseId", caseId).get("/api/v1/persons").then().body("items.id", contains(visible));
        Api.as(editor).get("/api/v1/persons/" + visible + "/dossier").then().statusCode(200)
                .body("cases[0].charges.id", contains(charge))
                .body("cases[0].sentences[0].chargeIds", contains(charge));
        // an editor cannot point a record at what it cannot see
        Api.as(editor).contentType("application/json").body(aCharge(caseId, hidden).map()).post("/api/v1/charges").then()
                .statusCode(422)
                .body("errors[0].field", is("personId"))
                .body("errors[0].message", is("no person with this id"));
        // the editor's change of the sentence keeps the charge it cannot see
        Api.as(editor).contentType("application/merge-patch+json").body("{\"court\":\"Invented District Court\"}")
                .patch("/api/v1/sentences/" + sentence).then().statusCode(200).body("chargeIds", contains(charge));
        Api.plain().get("/api/v1/sentences/" + sentence).then().body("chargeIds", contains(charge, hiddenCharge));
    }

    @Test
    void shouldLeaveHiddenRecordsOutOfStatisticsSearchAndTheChangeFeed() {
        String law = "INVENTED-LAW-" + unique("v").replace("-", "");
        String[] party = aPartyOfACase();
        aCharge(party[0], party[1]).with("law", law).create();
        aCharge(party[0], party[1]).with("law", law).with("visibility", "RESTRICTED").create();
        aCharge(party[0], party[1]).with("law", law).with("visibility", "CONFIDENTIAL").create();
        Api.anonymous().queryParam("count", "CHARGES").queryParam("law", law).get("/api/v1/stats").then().statusCode(200).body("total", is(1));
        Api.as(viewer).queryParam("count", "CHARGES").queryParam("law", law).get("/api/v1/stats").then().body("total", is(2));
        Api.plain().queryParam("count", "CHARGES").queryParam("law", law).get("/api/v1/stats").then().body("total", is(3));
        Api.anonymous().queryParam("by", "LAW_ARTICLE").queryParam("count", "CHARGES").queryParam("law", law).get("/api/v1/stats").then()
                .body("groups[0].count", is(1));
        Api.anonymous().queryParam("law", law).get("/api/v1/persons").then().body("total", is(1));

        String name = "Zhanar " + unique("Hidden").replace("-", "");
        String restricted = aPerson().with("fullName", name).with("visibility", "RESTRICTED").create();
        Api.anonymous().queryParam("q", name).get("/api/v1/search").then().statusCode(200).body("total", is(0));
        Api.as(viewer).queryParam("q", name).get("/api/v1/search").then().statusCode(200).body("items.id", contains(restricted));

        org.junit.jupiter.api.Assertions.assertFalse(feed(null).contains(restricted));
        org.junit.jupiter.api.Assertions.assertTrue(feed(viewer).contains(restricted));
    }

    @Test
    void shouldNotFilterNorCountThroughALinkToAHiddenPersonOrCase() {
        String law = "INVENTED-LAW-" + unique("l").replace("-", "");
        String lawOfHiddenCase = "INVENTED-LAW-" + unique("c").replace("-", "");
        String lawOfHiddenPerson = "INVENTED-LAW-" + unique("p").replace("-", "");
        String person = aPerson().create();
        String visibleCase = aCase().with("country", "KZ").create();
        String hiddenCase = aCase().with("country", "TJ").with("visibility", "CONFIDENTIAL").create();
        String hiddenPerson = aPerson().with("visibility", "CONFIDENTIAL").create();
        addParty(visibleCase, person, "DEFENDANT");
        addParty(hiddenCase, person, "DEFENDANT");
        addParty(visibleCase, hiddenPerson, "DEFENDANT");
        aCharge(visibleCase, person).with("law", law).create();
        aCharge(hiddenCase, person).with("law", lawOfHiddenCase).create();
        aCharge(visibleCase, hiddenPerson).with("law", lawOfHiddenPerson).create();
        aSentence(hiddenCase, person).with("verdict", "GUILTY").withList("components", imprisonment(333)).create();
        aSentence(visibleCase, hiddenPerson).with("verdict", "GUILTY").withList("components", imprisonment(444)).create();

        // the person is visible, but not through the hidden case: its country, its charge, its sentence
        Api.anonymous().queryParam("law", law).queryParam("country", "TJ").get("/api/v1/persons").then().statusCode(200)
                .body("total", is(0)).body("items", empty());
        Api.plain().queryParam("law", law).queryParam("country", "TJ").get("/api/v1/persons").then().statusCode(200)
                .body("total", is(1)).body("items.id", contains(person));
        Api.anonymous().queryParam("law", law).queryParam("country", "KZ").get("/api/v1/persons").then().statusCode(200)
                .body("items.id", contains(person));
        Api.anonymous().queryParam("law", lawOfHiddenCase).get("/api/v1/persons").then().statusCode(200).body("total", is(0));
        Api.plain().queryParam("law", lawOfHiddenCase).get("/api/v1/persons").then().statusCode(200).body("items.id", contains(person));
        Api.anonymous().queryParam("law", law).queryParam("minTermMonths", 333).get("/api/v1/persons").then().statusCode(200)
                .body("total", is(0));
        Api.plain().queryParam("law", law).queryParam("minTermMonths", 333).get("/api/v1/persons").then().statusCode(200)
                .body("items.id", contains(person));
        Api.anonymous().queryParam("caseId", hiddenCase).get("/api/v1/persons").then().statusCode(200).body("total", is(0));
        Api.plain().queryParam("caseId", hiddenCase).get("/api/v1/persons").then().statusCode(200).body("items.id", contains(person));
        // the case is visible, but not through the hidden person's party or charge
        Api.anonymous().queryParam("personId", hiddenPerson).get("/api/v1/cases").then().statusCode(200).body("total", is(0));
        Api.plain().queryParam("personId", hiddenPerson).get("/api/v1/cases").then().statusCode(200)
                .body("items.id", contains(visibleCase));
        Api.anonymous().queryParam("law", lawOfHiddenPerson).get("/api/v1/cases").then().statusCode(200).body("total", is(0));
        Api.plain().queryParam("law", lawOfHiddenPerson).get("/api/v1/cases").then().statusCode(200)
                .body("items.id", contains(visibleCase));
        // statistics reach sentences and cases through the same links
        Api.anonymous().queryParam("by", "COUNTRY").queryParam("count", "PERSONS").queryParam("law", law).get("/api/v1/stats").then()
                .statusCode(200).body("total", is(1)).body("groups.values.country", contains("KZ"))
                .body("imprisonment.sentences", is(0));
        Api.plain().queryParam("by", "COUNTRY").queryParam("count", "PERSONS").queryParam("law", law).get("/api/v1/stats").then()
                .statusCode(200).body("groups.values.country", contains("KZ", "TJ")).body("imprisonment.sentences", is(1))
                .body("imprisonment.totalMonths", is(333));
        Api.anonymous().queryParam("by", "VERDICT").queryParam("count", "CASES").queryParam("law", law).get("/api/v1/stats").then()
                .statusCode(200).body("total", is(1)).body("groups", empty()).body("imprisonment.sentences", is(0));
        Api.plain().queryParam("by", "VERDICT").queryParam("count", "CASES").queryParam("law", law).get("/api/v1/stats").then()
                .statusCode(200).body("total", is(1)).body("groups.values.verdict", contains("GUILTY")).body("groups.count", contains(1))
                .body("imprisonment.sentences", is(1)).body("imprisonment.totalMonths", is(444));
    }

    /** The ids of the whole change feed as one caller sees it (null: anonymous). */
    private static List<String> feed(String token) {
        List<String> ids = new java.util.ArrayList<>();
        String since = null;
        boolean more = true;
        while (more) {
            var spec = token == null ? Api.anonymous() : Api.as(token);
            spec.queryParam("limit", 1000);
            if (since != null) {
                spec.queryParam("since", since);
            }
            Response page = spec.get("/api/v1/changes");
            page.then().statusCode(200);
            ids.addAll(page.jsonPath().getList("items.id", String.class));
            since = page.path("nextCursor");
            more = page.path("hasMore");
        }
        return ids;
    }
}
