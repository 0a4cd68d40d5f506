package org.rightsregistry.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured with the registry's defaults: JSON in and out, and the exchange logged when an assertion fails. */
public final class Api {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification mergePatch() {
        return given().contentType("application/merge-patch+json; charset=UTF-8").accept(ContentType.JSON);
    }

    public static RequestSpecification plain() {
        return given();
    }
}
