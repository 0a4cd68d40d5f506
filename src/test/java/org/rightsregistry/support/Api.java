package org.rightsregistry.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** REST Assured with the registry's defaults: JSON in and out, and the exchange logged when an assertion fails. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** The first admin's secret, as configured for the test profile (registry.admin-token). */
    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";

    private Api() {
    }

    /** JSON requests as the first admin: tests of records are not tests of access control. */
    public static RequestSpecification json() {
        return as(ADMIN_TOKEN).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification mergePatch() {
        return as(ADMIN_TOKEN).contentType("application/merge-patch+json; charset=UTF-8").accept(ContentType.JSON);
    }

    /** A request as the first admin with nothing else set. */
    public static RequestSpecification plain() {
        return as(ADMIN_TOKEN);
    }

    /** A request without credentials. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** The end of the change feed now: the cursor after which only changes made from now on will come. */
    public static String feedHead() {
        String cursor = null;
        while (true) {
            var request = json().queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("since", cursor);
            }
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return cursor;
            }
        }
    }

    /** Every change of the feed after the cursor, in the feed's order, each as {@code type/id@version}. */
    public static List<String> changesSince(String cursor) {
        List<String> changes = new ArrayList<>();
        boolean more = true;
        while (more) {
            JsonPath page = json().queryParam("since", cursor).queryParam("limit", 1000).get("/api/v1/changes").then()
                    .statusCode(200).extract().jsonPath();
            for (Map<String, Object> change : page.<Map<String, Object>>getList("items")) {
                changes.add(change.get("type") + "/" + change.get("id") + "@" + change.get("version"));
            }
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        }
        return changes;
    }

    /**
     * The ids of the items of every page of {@code path}, 500 a page, in order: each page asked with a new request of
     * {@code request} (its credentials and parameters) and the cursor of the page before.
     */
    public static List<String> allIds(Supplier<RequestSpecification> request, String path) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification page = request.get().queryParam("limit", 500);
            if (cursor != null) {
                page.queryParam("cursor", cursor);
            }
            JsonPath body = page.get(path).then().statusCode(200).extract().jsonPath();
            all.addAll(body.getList("items.id", String.class));
            cursor = body.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    /** A line of an NDJSON import file: the record of this type (its fields in the order given), as JSON. */
    public static String importLine(String type, Map<String, ?> record) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", type);
        line.put("record", record);
        try {
            return JSON.writeValueAsString(line) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
