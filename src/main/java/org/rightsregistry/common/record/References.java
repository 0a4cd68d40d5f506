package org.rightsregistry.common.record;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.error.Dependent;

/**
 * Finds the records that point at a record, so a delete can be refused with a 409 that names them instead of
 * failing on a foreign key. Works by entity name, so record packages need not know each other's repositories.
 */
@ApplicationScoped
public class References {

    /** How many dependents a 409 names at most; enough to act on, never a dump of the database. */
    static final int MAX_NAMED = 20;

    private final EntityManager em;

    public References(EntityManager em) {
        this.em = em;
    }

    /**
     * A kind of record that can point at another: its collection in the API, the query's from-clause (alias {@code r}),
     * the path of the reference, and the path of the id to name in the 409.
     */
    public record Link(String collection, String from, String path, String idPath) {
        public Link(String collection, String entity, String path) {
            this(collection, entity + " r", path, "r.id");
        }
    }

    public List<Dependent> to(UUID id, List<Link> links) {
        List<Dependent> found = new ArrayList<>();
        for (Link link : links) {
            em.createQuery("select distinct " + link.idPath() + " from " + link.from() + " where " + link.path() + " = :id",
                            UUID.class)
                    .setParameter("id", id)
                    .setMaxResults(MAX_NAMED)
                    .getResultList()
                    .forEach(dependent -> found.add(new Dependent(link.collection(), dependent)));
        }
        return found.size() > MAX_NAMED ? found.subList(0, MAX_NAMED) : found;
    }

    /** Refuses to delete the record when anything still points at it. */
    public void refuseDeleteWhileReferenced(String what, UUID id, List<Link> links) {
        List<Dependent> dependents = to(id, links);
        if (!dependents.isEmpty()) {
            throw ApiException.dependents("The " + what + " cannot be deleted while other records depend on it; "
                    + "delete or change them first", dependents);
        }
    }
}
