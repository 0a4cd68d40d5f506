package org.rightsregistry.history;

import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Patch (RFC 6902) that turns one state of a record into the next: objects are compared field by field;
 * a list that changed is replaced whole, which keeps each revision readable on its own.
 */
public final class JsonDiff {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonDiff() {
    }

    public static ArrayNode diff(JsonNode from, JsonNode to) {
        ArrayNode ops = NODES.arrayNode();
        diff("", from == null ? NODES.objectNode() : from, to == null ? NODES.objectNode() : to, ops);
        return ops;
    }

    private static void diff(String path, JsonNode from, JsonNode to, ArrayNode ops) {
        if (from.equals(to)) {
            return;
        }
        if (from.isObject() && to.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            from.fieldNames().forEachRemaining(names::add);
            to.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = path + "/" + name.replace("~", "~0").replace("/", "~1");
                JsonNode a = from.get(name);
                JsonNode b = to.get(name);
                if (a == null) {
                    ops.add(op("add", child).set("value", b));
                } else if (b == null) {
                    ops.add(op("remove", child));
                } else {
                    diff(child, a, b, ops);
                }
            }
            return;
        }
        ops.add(op("replace", path).set("value", to));
    }

    private static ObjectNode op(String op, String path) {
        return NODES.objectNode().put("op", op).put("path", path);
    }

    /** Applies a patch made by {@link #diff}; used to check that history replays to the current state. */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        ObjectNode result = target == null ? NODES.objectNode() : ((ObjectNode) target).deepCopy();
        for (JsonNode op : patch) {
            String[] parts = op.get("path").asText().substring(1).split("/", -1);
            ObjectNode parent = result;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = (ObjectNode) parent.get(unescape(parts[i]));
            }
            String name = unescape(parts[parts.length - 1]);
            switch (op.get("op").asText()) {
                case "remove" -> parent.remove(name);
                default -> parent.set(name, op.get("value"));
            }
        }
        return result;
    }

    private static String unescape(String part) {
        return part.replace("~1", "/").replace("~0", "~");
    }
}
