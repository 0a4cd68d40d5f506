package org.rightsregistry.appeal;

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

/** A challenge of a sentence; its case and person follow from the sentence. */
@Entity(name = "Appeal")
@Table(name = "appeal")
public class Appeal extends RegistryRecord implements Cited {

    @ElementCollection
    @CollectionTable(name = "appeal_citation", joinColumns = @JoinColumn(name = "appeal_id"))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    @Column(name = "sentence_id", nullable = false)
    private UUID sentenceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "filed_by", length = 20)
    private FiledBy filedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private AppealLevel level;

    @Column(length = 300)
    private String body;

    @Column(name = "filed_on", length = 20)
    private String filedOn;

    @Column(name = "filed_on_from")
    private LocalDate filedOnFrom;

    @Column(name = "decided_on", length = 20)
    private String decidedOn;

    @Column(name = "decided_on_from")
    private LocalDate decidedOnFrom;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AppealStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private AppealOutcome outcome;

    @Column(name = "resulting_sentence_id")
    private UUID resultingSentenceId;

    protected Appeal() {
    }

    public Appeal(UUID id) {
        super(id);
    }

    public UUID getSentenceId() {
        return sentenceId;
    }

    public void setSentenceId(UUID sentenceId) {
        this.sentenceId = sentenceId;
    }

    public FiledBy getFiledBy() {
        return filedBy;
    }

    public void setFiledBy(FiledBy filedBy) {
        this.filedBy = filedBy;
    }

    public AppealLevel getLevel() {
        return level;
    }

    public void setLevel(AppealLevel level) {
        this.level = level;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(String filedOn) {
        this.filedOn = filedOn;
        this.filedOnFrom = Edtf.firstDayOf(filedOn);
    }

    public LocalDate getFiledOnFrom() {
        return filedOnFrom;
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

    public AppealStatus getStatus() {
        return status;
    }

    public void setStatus(AppealStatus status) {
        this.status = status;
    }

    public AppealOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AppealOutcome outcome) {
        this.outcome = outcome;
    }

    public UUID getResultingSentenceId() {
        return resultingSentenceId;
    }

    public void setResultingSentenceId(UUID resultingSentenceId) {
        this.resultingSentenceId = resultingSentenceId;
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
