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

/** One search key of a case, for queries only: {@link SearchIndex} writes them. */
@Entity(name = "CaseSearchKey")
@Table(name = "case_search_key")
@IdClass(CaseSearchKey.Key.class)
@Immutable
public class CaseSearchKey {

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Id
    @Column(length = 1)
    private String kind;

    @Id
    @Column(length = 500)
    private String term;

    protected CaseSearchKey() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private UUID caseId;
        private String kind;
        private String term;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(caseId, k.caseId) && Objects.equals(kind, k.kind) && Objects.equals(term, k.term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, kind, term);
        }
    }
}
