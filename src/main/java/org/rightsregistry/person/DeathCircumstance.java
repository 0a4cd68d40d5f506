package org.rightsregistry.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "When the person died, relative to the proceedings (only with status `DECEASED`).")
public enum DeathCircumstance {
    DURING_ARREST, IN_PRE_TRIAL_CUSTODY, IN_CUSTODY_SERVING, AFTER_RELEASE, OTHER, UNKNOWN
}
