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

/** One search key of a charge, sentence, appeal or source, for queries only: {@link SearchIndex} writes them. */
@Entity(name = "RecordSearchKey")
@Table(name = "record_search_key")
@IdClass(RecordSearchKey.Key.class)
@Immutable
public class RecordSearchKey {

    @Id
    @Column(name = "record_type", length = 10)
    private String recordType;

    @Id
    @Column(name = "record_id")
    private UUID recordId;

    @Id
    @Column(length = 1)
    private String kind;

    @Id
    @Column(length = 500)
    private String term;

    protected RecordSearchKey() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private String recordType;
        private UUID recordId;
        private String kind;
        private String term;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(recordType, k.recordType) && Objects.equals(recordId, k.recordId)
                    && Objects.equals(kind, k.kind) && Objects.equals(term, k.term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordType, recordId, kind, term);
        }
    }
}
