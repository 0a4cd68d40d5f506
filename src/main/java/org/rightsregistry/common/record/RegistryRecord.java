package org.rightsregistry.common.record;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/** What every record of the registry carries: a UUID, a version that grows with each change, timestamps, visibility. */
@MappedSuperclass
public abstract class RegistryRecord {

    @Id
    private UUID id;

    @Version
    @Column(nullable = false)
    private Long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility = Visibility.PUBLIC;

    /** The id was generated as the record was first stored, in this transaction: no revision can name it yet. */
    @Transient
    private boolean idGenerated;

    protected RegistryRecord() {
    }

    protected RegistryRecord(UUID id) {
        this.id = id;
    }

    @PrePersist
    void beforeInsert() {
        if (id == null) {
            id = UUID.randomUUID();
            idGenerated = true;
        }
        // Versions count changes from 1, so the first revision of a record is version 1.
        version = 1L;
        // Truncated to what both databases store, so a value read back equals the one written (keyset cursors).
        createdAt = now();
        updatedAt = createdAt;
    }

    /** Marks the record as changed: a new updatedAt, and with it a new version when the transaction flushes. */
    public void touch() {
        updatedAt = now();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public UUID getId() {
        return id;
    }

    /** Whether the id was generated as the record was first stored, in this transaction (not given by the caller). */
    public boolean isIdGenerated() {
        return idGenerated;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + " v" + version + "]";
    }
}
