package org.rightsregistry.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a statistic counts. Each is counted with the filters of its own list. */
@Schema(name = "StatisticsUnit", description = "What a statistic counts. `PERSONS`, `CASES`, `CHARGES`, `SENTENCES`: the records of that list, with "
        + "its filters.")
public enum Unit {
    PERSONS, CASES, CHARGES, SENTENCES
}
