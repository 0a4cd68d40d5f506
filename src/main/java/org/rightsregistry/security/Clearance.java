package org.rightsregistry.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;

import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.error.ProblemType;
import org.rightsregistry.common.paging.InList;
import org.rightsregistry.common.record.Visibility;
import org.rightsregistry.common.record.WriteBatch;

/**
 * What the caller may see. The rule, in one place: anonymous callers see {@code PUBLIC} records, viewers and
 * editors {@code PUBLIC} and {@code RESTRICTED}, admins everything. A record is visible only when it and every
 * record it belongs to are visible: a charge or a sentence needs its person and its case, a party its person and
 * its case, an appeal its sentence. Lists, counts, searches and statistics use {@link #visible(String, String)} as
 * a query condition (or {@link #visible(String, String, String, String)} where the query has joined a link's person or
 * case); single records use {@link #sees(String, UUID)}, which runs the same condition, so the two can
 * never disagree.
 */
@RequestScoped
public class Clearance {

    private static final String VISIBILITY = Visibility.class.getName();

    private final Caller caller;
    private final EntityManager em;
    private final WriteBatch batch;

    public Clearance(Caller caller, EntityManager em, WriteBatch batch) {
        this.caller = caller;
        this.em = em;
        this.batch = batch;
    }

    /** The visibilities the caller may see. */
    public Set<Visibility> levels() {
        if (caller.has(Role.admin)) {
            return EnumSet.allOf(Visibility.class);
        }
        return caller.has(Role.viewer) ? EnumSet.of(Visibility.PUBLIC, Visibility.RESTRICTED) : EnumSet.of(Visibility.PUBLIC);
    }

    /** Whether the caller sees every record (an admin): no condition is needed. */
    public boolean seesAll() {
        return caller.has(Role.admin);
    }

    public boolean sees(Visibility visibility) {
        return levels().contains(visibility == null ? Visibility.PUBLIC : visibility);
    }

    /**
     * The visibility a write asks for, if the caller may give it: only admins may mark a record {@code CONFIDENTIAL}
     * (hide it from editors), so an editor cannot make a record disappear from under its own feet; 403 otherwise.
     */
    public Visibility assignable(Visibility requested) {
        if (requested == Visibility.CONFIDENTIAL && !caller.has(Role.admin)) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only admins may mark a record CONFIDENTIAL");
        }
        return requested;
    }

    /** {@code safetyNotes}, and the citations that support them: editors and admins only. */
    public boolean seesSafetyNotes() {
        return caller.has(Role.editor);
    }

    /** A full date of birth: anyone with a token; anonymous callers see the year only. */
    public boolean seesBirthDay() {
        return !caller.isAnonymous();
    }

    /** Who made a change: anyone with a token; the public does not see the names of the registry's staff. */
    public boolean seesActors() {
        return !caller.isAnonymous();
    }

    /**
     * A JPQL condition that holds when the record at {@code alias}, of the given entity, is visible to the caller
     * together with the records it belongs to.
     */
    public String visible(String alias, String entity) {
        return visible(alias, entity, null, null);
    }

    /** The same, with the aliases under which the query joined the record's own person and case (null: looked up by id). */
    public String visible(String alias, String entity, String person, String courtCase) {
        if (seesAll()) {
            return "1 = 1";
        }
        String allowed = levels().stream().map(v -> VISIBILITY + "." + v.name()).collect(Collectors.joining(", ", "(", ")"));
        return condition(alias, entity, allowed, person, courtCase);
    }

    private static String condition(String alias, String entity, String allowed, String person, String courtCase) {
        String own = alias + ".visibility in " + allowed;
        return switch (entity) {
            case "Person", "CourtCase", "Source" -> own;
            case "Party", "Charge", "Sentence" -> "(" + own
                    + " and " + owner(alias, "Person", "_vp", "personId", person, allowed)
                    + " and " + owner(alias, "CourtCase", "_vc", "caseId", courtCase, allowed) + ")";
            case "Appeal" -> "(" + own + " and exists (select 1 from Sentence " + alias + "_vs where " + alias + "_vs.id = "
                    + alias + ".sentenceId and " + condition(alias + "_vs", "Sentence", allowed, null, null) + "))";
            default -> throw new IllegalArgumentException("No visibility rule for " + entity);
        };
    }

    /** That the record {@code alias} belongs to through {@code key} may be seen: from its joined alias, else by id. */
    private static String owner(String alias, String entity, String suffix, String key, String joined, String allowed) {
        if (joined != null) {
            return joined + ".visibility in " + allowed;
        }
        String owner = alias + suffix;
        return "exists (select 1 from " + entity + " " + owner + " where " + owner + ".id = " + alias + "." + key + " and " + owner
                + ".visibility in " + allowed + ")";
    }

    /** Whether the record of the given entity with this id exists and the caller may see it. */
    public boolean sees(String entity, UUID id) {
        return id != null && !visibleOf(entity, List.of(id)).isEmpty();
    }

    /**
     * Those of the ids whose records exist and are visible to the caller. Inside a {@link WriteBatch} the ids it already
     * knows are answered without a query, and those found are remembered for the rest of the batch.
     */
    public Set<UUID> visibleOf(String entity, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<UUID> visible = new HashSet<>();
        List<UUID> unknown = new ArrayList<>();
        for (UUID id : ids) {
            Boolean known = batch.sees(entity, id);
            if (known == null) {
                unknown.add(id);
            } else if (known) {
                visible.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            List<UUID> found = InList.query(em, "select r.id from " + entity + " r where r.id in :id and " + visible("r", entity), "id",
                    unknown, UUID.class).getResultList();
            batch.visible(entity, found);
            visible.addAll(found);
        }
        return visible;
    }
}
