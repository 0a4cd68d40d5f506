package org.rightsregistry.charge;

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

/** One accusation against one party of one case. */
@Entity(name = "Charge")
@Table(name = "charge")
public class Charge extends RegistryRecord implements Cited {

    @ElementCollection
    @CollectionTable(name = "charge_citation", joinColumns = @JoinColumn(name = "charge_id"))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(nullable = false, length = 50)
    private String law;

    @Column(length = 50)
    private String article;

    @Column(name = "article_text", length = 1000)
    private String articleText;

    @Column(length = 20000)
    private String description;

    @Column(name = "filed_on", length = 20)
    private String filedOn;

    @Column(name = "filed_on_from")
    private LocalDate filedOnFrom;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ChargeStatus status;

    @Column(name = "penalty_min_months")
    private Integer penaltyMinMonths;

    @Column(name = "penalty_max_months")
    private Integer penaltyMaxMonths;

    protected Charge() {
    }

    public Charge(UUID id) {
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

    public String getLaw() {
        return law;
    }

    public void setLaw(String law) {
        this.law = law;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }

    public String getArticleText() {
        return articleText;
    }

    public void setArticleText(String articleText) {
        this.articleText = articleText;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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

    public ChargeStatus getStatus() {
        return status;
    }

    public void setStatus(ChargeStatus status) {
        this.status = status;
    }

    public Integer getPenaltyMinMonths() {
        return penaltyMinMonths;
    }

    public Integer getPenaltyMaxMonths() {
        return penaltyMaxMonths;
    }

    public void setPenaltyRiskedMonths(Integer min, Integer max) {
        this.penaltyMinMonths = min;
        this.penaltyMaxMonths = max;
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
