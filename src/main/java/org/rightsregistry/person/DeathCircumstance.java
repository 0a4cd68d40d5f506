package org.rightsregistry.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "When the person died, relative to the proceedings (only with status `DECEASED`). `DURING_ARREST`: "
        + "while being arrested. `IN_PRE_TRIAL_CUSTODY`: held before a verdict. `IN_CUSTODY_SERVING`: while "
        + "serving a sentence. `AFTER_RELEASE`: after release from custody. `OTHER`. `UNKNOWN`: the sources do "
        + "not say.")
public enum DeathCircumstance {
    DURING_ARREST, IN_PRE_TRIAL_CUSTODY, IN_CUSTODY_SERVING, AFTER_RELEASE, OTHER, UNKNOWN
}
