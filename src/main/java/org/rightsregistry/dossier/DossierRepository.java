package org.rightsregistry.dossier;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.rightsregistry.appeal.Appeal;
import org.rightsregistry.cases.CourtCase;
import org.rightsregistry.cases.Party;
import org.rightsregistry.charge.Charge;
import org.rightsregistry.security.Clearance;
import org.rightsregistry.sentence.Sentence;

/**
 * The queries of a dossier: a fixed number of statements whatever the number of cases, each fetching everything of
 * one kind for the person at once (collections by fetch joins, never one query per record).
 */
@ApplicationScoped
public class DossierRepository {

    private final EntityManager em;
    private final Clearance clearance;

    public DossierRepository(EntityManager em, Clearance clearance) {
        this.em = em;
        this.clearance = clearance;
    }

    /** The person's parties that the caller may see: of the visible cases. */
    private String visibleCases() {
        return "(select pa.caseId from Party pa where pa.personId = :id and " + clearance.visible("pa", "Party") + ")";
    }

    public List<Party> parties(UUID personId) {
        return em.createQuery("from Party pa where pa.personId = :id and " + clearance.visible("pa", "Party"), Party.class).setParameter("id", personId).getResultList();
    }

    /** The person's cases with their numbers and themes, in two statements. */
    public List<CourtCase> cases(UUID personId) {
        List<CourtCase> cases = em.createQuery("select distinct c from CourtCase c left join fetch c.caseNumbers where c.id in "
                + visibleCases(), CourtCase.class).setParameter("id", personId).getResultList();
        em.createQuery("select distinct c from CourtCase c left join fetch c.themes where c.id in " + visibleCases(), CourtCase.class)
                .setParameter("id", personId).getResultList();
        return cases;
    }

    public List<Charge> charges(UUID personId) {
        return em.createQuery("from Charge ch where ch.personId = :id and " + clearance.visible("ch", "Charge"), Charge.class).setParameter("id", personId).getResultList();
    }

    /** The person's sentences with their components and charge ids, in two statements. */
    public List<Sentence> sentences(UUID personId) {
        List<Sentence> sentences = em.createQuery("select distinct s from Sentence s left join fetch s.components where s.personId = :id and "
                + clearance.visible("s", "Sentence"),
                Sentence.class).setParameter("id", personId).getResultList();
        em.createQuery("select distinct s from Sentence s left join fetch s.chargeIds where s.personId = :id", Sentence.class)
                .setParameter("id", personId).getResultList();
        return sentences;
    }

    public List<Appeal> appeals(UUID personId) {
        return em.createQuery("select a from Appeal a where a.sentenceId in (select s.id from Sentence s where s.personId = :id) and "
                + clearance.visible("a", "Appeal"),
                Appeal.class).setParameter("id", personId).getResultList();
    }
}
