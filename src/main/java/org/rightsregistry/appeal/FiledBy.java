package org.rightsregistry.appeal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who filed the appeal. `DEFENCE`: the person or their lawyer. `PROSECUTION`: the prosecutor. "
        + "`VICTIM`: a victim or civil party. `OTHER`.")
public enum FiledBy {
    DEFENCE, PROSECUTION, VICTIM, OTHER
}
