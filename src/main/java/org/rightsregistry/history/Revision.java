package org.rightsregistry.history;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of one record, written in the transaction of the change. Never updated, never deleted. */
@Entity(name = "Revision")
@Table(name = "revision")
public class Revision {

    @Id
    private Long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false, length = 20)
    private RecordType recordType;

    @Column(name = "record_id", nullable = false)
    private UUID recordId;

    @Column(nullable = false)
    private long version;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 200)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Operation operation;

    @Column(length = 500)
    private String reason;

    @Column(nullable = false, length = 1_000_000)
    private String patch;

    @Column(length = 1_000_000)
    private String snapshot;

    protected Revision() {
    }

    Revision(long seq, RecordType recordType, UUID recordId, long version, Instant at, String actor, Operation operation,
            String reason, String patch, String snapshot) {
        this.seq = seq;
        this.recordType = recordType;
        this.recordId = recordId;
        this.version = version;
        this.at = at;
        this.actor = actor;
        this.operation = operation;
        this.reason = reason;
        this.patch = patch;
        this.snapshot = snapshot;
    }

    public Long getSeq() {
        return seq;
    }

    public RecordType getRecordType() {
        return recordType;
    }

    public UUID getRecordId() {
        return recordId;
    }

    public long getVersion() {
        return version;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Operation getOperation() {
        return operation;
    }

    public String getReason() {
        return reason;
    }

    public String getPatch() {
        return patch;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
