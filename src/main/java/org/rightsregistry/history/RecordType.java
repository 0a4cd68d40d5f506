package org.rightsregistry.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of record that have a history, named as their collections in the API. */
@Schema(description = "The kind of record, named as its collection: `persons` is `/api/v1/persons`, and so are `cases`, "
        + "`charges`, `sentences`, `appeals` and `sources`.")
public enum RecordType {
    persons("Person"), cases("CourtCase"), charges("Charge"), sentences("Sentence"), appeals("Appeal"), sources("Source");

    /** The entity the records are stored as. */
    final String entity;

    RecordType(String entity) {
        this.entity = entity;
    }

    public String entity() {
        return entity;
    }
}
