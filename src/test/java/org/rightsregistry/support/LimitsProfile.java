package org.rightsregistry.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Rate limits on with tiny numbers and a 2 s window, client addresses taken from {@code X-Forwarded-For} (so a test
 * can be several clients), and CORS on with one allowed origin. Only config overrides: the configuration profile
 * stays the one the run chose ({@code test}, or {@code test,pg} on PostgreSQL).
 */
public class LimitsProfile implements QuarkusTestProfile {

    public static final int ANONYMOUS = 3;
    public static final int PER_TOKEN = 5;
    public static final String ALLOWED_ORIGIN = "https://monitor.example.org";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "registry.rate-limit.enabled", "true",
                "registry.rate-limit.anonymous-requests", Integer.toString(ANONYMOUS),
                "registry.rate-limit.token-requests", Integer.toString(PER_TOKEN),
                "registry.rate-limit.window", "2S",
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.cors.enabled", "true",
                "quarkus.http.cors.origins", ALLOWED_ORIGIN);
    }
}
