package org.rightsregistry.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

/** Proceedings against one or more persons ("case" is a keyword in Java and SQL, hence the name). */
@Entity(name = "CourtCase")
@Table(name = "court_case")
public class CourtCase extends RegistryRecord implements Cited {

    @ElementCollection
    @CollectionTable(name = "case_citation", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    @Column(nullable = false, length = 500)
    private String title;

    @ElementCollection
    @CollectionTable(name = "case_number", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseNumber> caseNumbers = new ArrayList<>();

    @Column(nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CaseStage stage;

    @ElementCollection
    @CollectionTable(name = "case_theme", joinColumns = @JoinColumn(name = "case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false, length = 30)
    private Set<CaseTheme> themes = EnumSet.noneOf(CaseTheme.class);

    @Column(name = "opened_on", length = 20)
    private String openedOn;

    @Column(name = "opened_on_from")
    private LocalDate openedOnFrom;

    @Column(name = "closed_on", length = 20)
    private String closedOn;

    @Column(name = "closed_on_from")
    private LocalDate closedOnFrom;

    @Column(length = 20000)
    private String summary;

    protected CourtCase() {
    }

    public CourtCase(UUID id) {
        super(id);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<CaseNumber> getCaseNumbers() {
        return caseNumbers;
    }

    public void setCaseNumbers(List<CaseNumber> caseNumbers) {
        if (!this.caseNumbers.equals(caseNumbers)) {
            this.caseNumbers.clear();
            this.caseNumbers.addAll(caseNumbers);
        }
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public CaseKind getKind() {
        return kind;
    }

    public void setKind(CaseKind kind) {
        this.kind = kind;
    }

    public CaseStage getStage() {
        return stage;
    }

    public void setStage(CaseStage stage) {
        this.stage = stage;
    }

    public Set<CaseTheme> getThemes() {
        return themes;
    }

    public void setThemes(Set<CaseTheme> themes) {
        this.themes.retainAll(themes);
        this.themes.addAll(themes);
    }

    public String getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(String openedOn) {
        this.openedOn = openedOn;
        this.openedOnFrom = Edtf.firstDayOf(openedOn);
    }

    public LocalDate getOpenedOnFrom() {
        return openedOnFrom;
    }

    public String getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(String closedOn) {
        this.closedOn = closedOn;
        this.closedOnFrom = Edtf.firstDayOf(closedOn);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
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
