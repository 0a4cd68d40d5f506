package org.rightsregistry.cases;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.rightsregistry.common.date.Edtf;
import org.rightsregistry.common.record.RegistryRecord;

/**
 * A person's part in a case. References are plain ids, checked by the services, so no lazy proxy can ever reach
 * a response; summaries of the referenced records are fetched per page with one query.
 */
@Entity(name = "Party")
@Table(name = "party")
public class Party extends RegistryRecord {

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartyRole role;

    @Column(length = 20)
    private String since;

    @Column(name = "since_from")
    private java.time.LocalDate sinceFrom;

    protected Party() {
    }

    public Party(UUID caseId, UUID personId) {
        super(null);
        this.caseId = caseId;
        this.personId = personId;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public PartyRole getRole() {
        return role;
    }

    public void setRole(PartyRole role) {
        this.role = role;
    }

    public String getSince() {
        return since;
    }

    public void setSince(String since) {
        this.since = since;
        this.sinceFrom = Edtf.firstDayOf(since);
    }
}
