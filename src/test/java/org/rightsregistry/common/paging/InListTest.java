package org.rightsregistry.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InListTest {

    @Test
    void shouldStandForEachValueWithOneParameterPaddedToAPowerOfTwoWithTheLastValue() {
        Map<String, Object> params = new LinkedHashMap<>();
        assertEquals("(:id_0)", InList.of("id", List.of("a"), params));
        assertEquals(Map.of("id_0", "a"), params);
        params.clear();
        assertEquals("(:p3_0, :p3_1, :p3_2, :p3_3)", InList.of("p3", List.of("a", "b", "c"), params));
        assertEquals(List.of("a", "b", "c", "c"), List.copyOf(params.values()));
        params.clear();
        assertEquals("(:x_0, :x_1)", InList.of("x", List.of("a", "b"), params));
        assertEquals(2, params.size());
        params.clear();
        InList.of("x", java.util.stream.IntStream.range(0, 1000).boxed().toList(), params);
        assertEquals(1024, params.size());
        assertEquals(999, params.get("x_1023"));
    }

    @Test
    void shouldPadTheValuesOfAJdbcStatementToAPowerOfTwoWithTheLastValue() {
        assertEquals(List.of("a"), InList.padded(List.of("a")));
        assertEquals(List.of("a", "b"), InList.padded(List.of("a", "b")));
        assertEquals(List.of("a", "b", "c", "c"), InList.padded(List.of("a", "b", "c")));
        assertEquals(List.of(1, 2, 3, 4, 5, 5, 5, 5), InList.padded(List.of(1, 2, 3, 4, 5)));
        assertEquals(512, InList.padded(java.util.stream.IntStream.range(0, 500).boxed().toList()).size());
    }

    @Test
    void shouldRefuseAQueryThatDoesNotHoldTheListParameterExactlyOnce() {
        for (String jpql : new String[] {"select r.id from Person r where r.id in :ids",
                "select r from Person r where r.id in :id or r.id in :id", "select r from Person r"}) {
            assertThrows(IllegalArgumentException.class, () -> InList.query(null, jpql, "id", List.of("a"), Object.class), jpql);
        }
    }

    @Test
    void shouldRefuseAnEmptyList() {
        assertThrows(IllegalArgumentException.class, () -> InList.of("id", List.of(), new LinkedHashMap<>()));
        assertThrows(IllegalArgumentException.class, () -> InList.padded(List.of()));
    }
}
