package org.rightsregistry.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rightsregistry.common.error.ApiException;

/**
 * Where the next page starts: the sort value and id of the last record of the previous page, and the sort it was
 * made for. Opaque to callers (base64url JSON); a cursor of another sort or a damaged one is a 400.
 */
public record Cursor(String sort, String value, UUID id) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LENGTH = 2048;

    public String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("s", sort);
        node.put("v", value);
        node.put("i", id.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String text, String expectedSort) {
        try {
            if (text.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(text));
            JsonNode sort = node.get("s");
            JsonNode value = node.get("v");
            JsonNode id = node.get("i");
            if (sort == null || !sort.isTextual() || value == null || !(value.isTextual() || value.isNull())
                    || id == null || !id.isTextual()) {
                throw new IllegalArgumentException("incomplete");
            }
            if (!sort.asText().equals(expectedSort)) {
                throw ApiException.invalid("cursor", "was made for sort=" + sort.asText() + "; keep the sort of the first page");
            }
            return new Cursor(sort.asText(), value.isNull() ? null : value.asText(), UUID.fromString(id.asText()));
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) {
            throw ApiException.invalid("cursor", "is not a cursor of this list; use the nextCursor of a previous page");
        }
    }
}
