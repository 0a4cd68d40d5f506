package org.rightsregistry.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a statistic counts. Each is counted with the filters of its own list. */
@Schema(name = "StatisticsUnit", description = "What a statistic counts. `PERSONS`, `CASES`, `CHARGES`, `SENTENCES`: the records of that list, with "
        + "its filters.")
public enum Unit {
    PERSONS("Person"), CASES("CourtCase"), CHARGES("Charge"), SENTENCES("Sentence");

    /** The entity whose records are counted. */
    final String entity;

    Unit(String entity) {
        this.entity = entity;
    }
}
