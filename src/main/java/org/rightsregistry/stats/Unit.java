package org.rightsregistry.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a statistic counts. Each is counted with the filters of its own list. */
@Schema(name = "StatisticsUnit", description = "What a statistic counts: persons, cases, charges or sentences.")
public enum Unit {
    PERSONS, CASES, CHARGES, SENTENCES
}
