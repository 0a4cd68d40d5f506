package org.rightsregistry.common.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.resteasy.reactive.RestResponse;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.record.RecordView;
import org.rightsregistry.common.web.Responses;
import org.rightsregistry.history.ChangeContext;

/**
 * Safe retries of creates: with an {@code Idempotency-Key} header, the same key and body within 24 hours get the
 * first response again (same status, same id) and create nothing; the same key with another body is a 422.
 * Keys are scoped to the caller.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final IdempotencyStore store;
    private final ObjectMapper mapper;
    private final ChangeContext context;

    public Idempotency(IdempotencyStore store, ObjectMapper mapper, ChangeContext context) {
        this.store = store;
        this.mapper = mapper;
        this.context = context;
    }

    public <T extends RecordView> RestResponse<T> create(String key, Object request, Class<T> type, UriInfo uri, Supplier<T> create) {
        if (key == null) {
            T created = create.get();
            return Responses.created(created, created.id(), created.version(), uri);
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalid(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        String caller = context.actor();
        String fingerprint = fingerprint(uri.getPath(), request);
        Optional<IdempotencyStore.Stored> stored = store.find(caller, key);
        if (stored.isPresent()) {
            return replay(stored.get(), fingerprint, type, uri);
        }
        try {
            T created = store.claimAndRun(caller, key, fingerprint, create,
                    result -> new String[] {result.id().toString(), Long.toString(result.version()), json(result)});
            return Responses.created(created, created.id(), created.version(), uri);
        } catch (RuntimeException e) {
            // A concurrent request with the same key won the claim: answer what it answered.
            Optional<IdempotencyStore.Stored> winner = store.find(caller, key);
            if (winner.isPresent() && winner.get().response() != null) {
                return replay(winner.get(), fingerprint, type, uri);
            }
            throw e;
        }
    }

    private <T extends RecordView> RestResponse<T> replay(IdempotencyStore.Stored stored, String fingerprint, Class<T> type, UriInfo uri) {
        if (!stored.fingerprint().equals(fingerprint)) {
            throw ApiException.rule(HEADER, "this key was already used with a different request");
        }
        try {
            T first = mapper.readValue(stored.response(), type);
            return RestResponse.ResponseBuilder.fromResponse(Responses.created(first, first.id(), Long.parseLong(stored.etag()), uri))
                    .header(REPLAYED, "true").build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored idempotent response cannot be read", e);
        }
    }

    private String fingerprint(String path, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("POST " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
