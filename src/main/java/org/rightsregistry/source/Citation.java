package org.rightsregistry.source;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A source supporting a record, or one field of it. Embedded in each record type's own citation table. */
@Embeddable
public class Citation {

    @Column(name = "source_id", nullable = false)
    private UUID sourceId;

    @Column(name = "field", length = 50)
    private String field;

    @Column(name = "locator", length = 200)
    private String locator;

    @Column(name = "quote", length = 2000)
    private String quote;

    @Enumerated(EnumType.STRING)
    @Column(name = "confidence", length = 10)
    private Confidence confidence;

    protected Citation() {
    }

    public Citation(UUID sourceId, String field, String locator, String quote, Confidence confidence) {
        this.sourceId = sourceId;
        this.field = field;
        this.locator = locator;
        this.quote = quote;
        this.confidence = confidence;
    }

    public UUID getSourceId() {
        return sourceId;
    }

    public String getField() {
        return field;
    }

    public String getLocator() {
        return locator;
    }

    public String getQuote() {
        return quote;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Citation c && Objects.equals(sourceId, c.sourceId) && Objects.equals(field, c.field)
                && Objects.equals(locator, c.locator) && Objects.equals(quote, c.quote) && confidence == c.confidence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceId, field, locator, quote, confidence);
    }
}
