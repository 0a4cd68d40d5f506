package org.rightsregistry.sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.rightsregistry.common.date.Edtf;
import org.rightsregistry.common.record.RegistryRecord;
import org.rightsregistry.source.Citation;
import org.rightsregistry.source.Cited;

/** One court decision on one person in one case. */
@Entity(name = "Sentence")
@Table(name = "sentence")
public class Sentence extends RegistryRecord implements Cited {

    @ElementCollection
    @CollectionTable(name = "sentence_citation", joinColumns = @JoinColumn(name = "sentence_id"))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @ElementCollection
    @CollectionTable(name = "sentence_charge", joinColumns = @JoinColumn(name = "sentence_id"))
    @OrderColumn(name = "position")
    @Column(name = "charge_id", nullable = false)
    private List<UUID> chargeIds = new ArrayList<>();

    @Column(length = 300)
    private String court;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Instance instance;

    @Column(name = "decided_on", nullable = false, length = 20)
    private String decidedOn;

    @Column(name = "decided_on_from", nullable = false)
    private LocalDate decidedOnFrom;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Verdict verdict;

    @ElementCollection
    @CollectionTable(name = "sentence_component", joinColumns = @JoinColumn(name = "sentence_id"))
    @OrderColumn(name = "position")
    private List<SentenceComponent> components = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private SentenceStatus status;

    @Column(name = "starts_on", length = 20)
    private String startsOn;

    @Column(name = "starts_on_from")
    private LocalDate startsOnFrom;

    @Column(name = "expected_end_on", length = 20)
    private String expectedEndOn;

    @Column(name = "expected_end_on_from")
    private LocalDate expectedEndOnFrom;

    protected Sentence() {
    }

    public Sentence(UUID id) {
        super(id);
    }

    public UUID getCaseId() {
        return caseId;
    }

    public void setCaseId(UUID caseId) {
        this.caseId = caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public void setPersonId(UUID personId) {
        this.personId = personId;
    }

    public List<UUID> getChargeIds() {
        return chargeIds;
    }

    public void setChargeIds(List<UUID> chargeIds) {
        if (!this.chargeIds.equals(chargeIds)) {
            this.chargeIds.clear();
            this.chargeIds.addAll(chargeIds);
        }
    }

    public String getCourt() {
        return court;
    }

    public void setCourt(String court) {
        this.court = court;
    }

    public Instance getInstance() {
        return instance;
    }

    public void setInstance(Instance instance) {
        this.instance = instance;
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(String decidedOn) {
        this.decidedOn = decidedOn;
        this.decidedOnFrom = Edtf.firstDayOf(decidedOn);
    }

    public LocalDate getDecidedOnFrom() {
        return decidedOnFrom;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public List<SentenceComponent> getComponents() {
        return components;
    }

    public void setComponents(List<SentenceComponent> components) {
        if (!this.components.equals(components)) {
            this.components.clear();
            this.components.addAll(components);
        }
        computeExpectedEnd();
    }

    public SentenceStatus getStatus() {
        return status;
    }

    public void setStatus(SentenceStatus status) {
        this.status = status;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
        this.startsOnFrom = Edtf.firstDayOf(startsOn);
        computeExpectedEnd();
    }

    public String getExpectedEndOn() {
        return expectedEndOn;
    }

    /**
     * The start plus the longest custodial term, at the precision of the start; none for life imprisonment, without
     * a start, or without a custodial term.
     */
    private void computeExpectedEnd() {
        Edtf start = Edtf.parse(startsOn);
        Integer longest = null;
        for (SentenceComponent c : components) {
            if (!c.isCustodial()) {
                continue;
            }
            if (c.getType() == ComponentType.LIFE_IMPRISONMENT) {
                longest = null;
                break;
            }
            if (c.getTermMonths() != null && (longest == null || c.getTermMonths() > longest)) {
                longest = c.getTermMonths();
            }
        }
        expectedEndOn = start == null || longest == null ? null : start.plusMonths(longest);
        expectedEndOnFrom = Edtf.firstDayOf(expectedEndOn);
    }

    @Override
    public List<Citation> getCitations() {
        return citations;
    }

    public void setCitations(List<Citation> citations) {
        if (!this.citations.equals(citations)) {
            this.citations.clear();
            this.citations.addAll(citations);
        }
    }
}
