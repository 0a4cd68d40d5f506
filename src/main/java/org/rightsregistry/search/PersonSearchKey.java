package org.rightsregistry.search;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One search key of a person, for queries only: {@link SearchIndex} writes them. */
@Entity(name = "PersonSearchKey")
@Table(name = "person_search_key")
@IdClass(PersonSearchKey.Key.class)
@Immutable
public class PersonSearchKey {

    @Id
    @Column(name = "person_id")
    private UUID personId;

    @Id
    @Column(length = 1)
    private String kind;

    @Id
    @Column(length = 500)
    private String term;

    protected PersonSearchKey() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private UUID personId;
        private String kind;
        private String term;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(personId, k.personId) && Objects.equals(kind, k.kind) && Objects.equals(term, k.term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, kind, term);
        }
    }
}
