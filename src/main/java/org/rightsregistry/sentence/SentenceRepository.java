package org.rightsregistry.sentence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.rightsregistry.common.paging.ListQuery;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.paging.SortField;

@ApplicationScoped
public class SentenceRepository implements PanacheRepositoryBase<Sentence, UUID> {

    /** The fields a list of sentences can be sorted by; the first is the default. */
    public static final List<SortField<Sentence>> SORTABLE = List.of(
            new SortField<>("createdAt", "createdAt", Instant.class, Sentence::getCreatedAt),
            new SortField<>("updatedAt", "updatedAt", Instant.class, Sentence::getUpdatedAt),
            new SortField<>("decidedOn", "decidedOnFrom", LocalDate.class, Sentence::getDecidedOnFrom));

    public Page<Sentence> list(SentenceFilter filter, PageRequest<Sentence> page) {
        return new ListQuery<>(Sentence.class)
                .anyOf("r.caseId", filter.caseIds())
                .anyOf("r.personId", filter.personIds())
                .anyOf("r.status", filter.statuses())
                .anyOf("r.verdict", filter.verdicts())
                .uncited(filter.uncited())
                .page(getEntityManager(), page);
    }
}
