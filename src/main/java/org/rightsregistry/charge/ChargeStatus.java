package org.rightsregistry.charge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the accusation stands. `ALLEGED`: announced or reported, not yet formal. `INDICTED`: formally brought. `REQUALIFIED`: replaced by a charge under another article. `DROPPED`. `CONVICTED`. `ACQUITTED`. `AMNESTIED`. `TIME_BARRED`.")
public enum ChargeStatus {
    ALLEGED, INDICTED, REQUALIFIED, DROPPED, CONVICTED, ACQUITTED, AMNESTIED, TIME_BARRED
}
