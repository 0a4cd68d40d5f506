package org.rightsregistry.sentence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The regime of a custodial penalty. `SETTLEMENT`: colony-settlement. `MINIMUM`, `MEDIUM`, `MAXIMUM`: security of the colony. `SPECIAL`: special regime. `PRISON`: prison proper. `UNKNOWN`: the sources do not say.")
public enum Regime {
    SETTLEMENT, MINIMUM, MEDIUM, MAXIMUM, SPECIAL, PRISON, UNKNOWN
}
