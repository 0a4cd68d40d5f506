package org.rightsregistry.person;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.rightsregistry.common.paging.ListQuery;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.paging.SortField;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** The fields a list of persons can be sorted by; the first is the default. */
    public static final List<SortField<Person>> SORTABLE = List.of(
            new SortField<>("createdAt", "createdAt", java.time.Instant.class, Person::getCreatedAt),
            new SortField<>("updatedAt", "updatedAt", java.time.Instant.class, Person::getUpdatedAt),
            new SortField<>("fullName", "fullName", String.class, Person::getFullName),
            new SortField<>("birthDate", "birthDateFrom", java.time.LocalDate.class, Person::getBirthDateFrom));

    public Page<Person> list(PersonFilter filter, PageRequest<Person> page) {
        ListQuery<Person> query = new ListQuery<>(Person.class)
                .anyOf("r.status", filter.statuses())
                .anyOf("r.gender", filter.genders())
                .containsAny("roles", filter.roles())
                .containsAny("citizenships", filter.citizenships());
        return query.uncited(filter.uncited())
                .page(getEntityManager(), page);
    }

    /** Ids of the given persons that exist. */
    public List<UUID> existing(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select p.id from Person p where p.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList();
    }
}
