package org.rightsregistry.person;

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

/** A person the registry documents. Dates are EDTF strings, each with its first day kept beside it for sorting. */
@Entity(name = "Person")
@Table(name = "person")
public class Person extends RegistryRecord implements Cited {

    @ElementCollection
    @CollectionTable(name = "person_citation", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    @Column(name = "full_name", nullable = false, length = 300)
    private String fullName;

    @ElementCollection
    @CollectionTable(name = "person_name", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    private List<PersonName> names = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Gender gender;

    @Column(name = "birth_date", length = 20)
    private String birthDate;

    @Column(name = "birth_date_from")
    private LocalDate birthDateFrom;

    @Column(name = "death_date", length = 20)
    private String deathDate;

    @Column(name = "death_date_from")
    private LocalDate deathDateFrom;

    @ElementCollection
    @CollectionTable(name = "person_citizenship", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "country", nullable = false, length = 2)
    private List<String> citizenships = new ArrayList<>();

    @Column(name = "residence_country", length = 2)
    private String residenceCountry;

    @Column(length = 200)
    private String region;

    @Column(length = 300)
    private String occupation;

    @ElementCollection
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private PersonStatus status;

    @Column(name = "status_since", length = 20)
    private String statusSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "death_circumstance", length = 30)
    private DeathCircumstance deathCircumstance;

    @Column(length = 20000)
    private String summary;

    @Column(name = "safety_notes", length = 20000)
    private String safetyNotes;

    protected Person() {
    }

    public Person(UUID id) {
        super(id);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public List<PersonName> getNames() {
        return names;
    }

    public void setNames(List<PersonName> names) {
        if (!this.names.equals(names)) {
            this.names.clear();
            this.names.addAll(names);
        }
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
        this.birthDateFrom = Edtf.firstDayOf(birthDate);
    }

    public LocalDate getBirthDateFrom() {
        return birthDateFrom;
    }

    public String getDeathDate() {
        return deathDate;
    }

    public void setDeathDate(String deathDate) {
        this.deathDate = deathDate;
        this.deathDateFrom = Edtf.firstDayOf(deathDate);
    }

    public LocalDate getDeathDateFrom() {
        return deathDateFrom;
    }

    public List<String> getCitizenships() {
        return citizenships;
    }

    public void setCitizenships(List<String> citizenships) {
        if (!this.citizenships.equals(citizenships)) {
            this.citizenships.clear();
            this.citizenships.addAll(citizenships);
        }
    }

    public String getResidenceCountry() {
        return residenceCountry;
    }

    public void setResidenceCountry(String residenceCountry) {
        this.residenceCountry = residenceCountry;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public Set<PersonRole> getRoles() {
        return roles;
    }

    public void setRoles(Set<PersonRole> roles) {
        this.roles.retainAll(roles);
        this.roles.addAll(roles);
    }

    public PersonStatus getStatus() {
        return status;
    }

    public void setStatus(PersonStatus status) {
        this.status = status;
    }

    public String getStatusSince() {
        return statusSince;
    }

    public void setStatusSince(String statusSince) {
        this.statusSince = statusSince;
    }

    public DeathCircumstance getDeathCircumstance() {
        return deathCircumstance;
    }

    public void setDeathCircumstance(DeathCircumstance deathCircumstance) {
        this.deathCircumstance = deathCircumstance;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getSafetyNotes() {
        return safetyNotes;
    }

    public void setSafetyNotes(String safetyNotes) {
        this.safetyNotes = safetyNotes;
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
