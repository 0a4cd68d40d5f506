package org.rightsregistry.sentence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The level of the court that decided. `FIRST_INSTANCE`: the trial court. `APPEAL`: the appeal court. "
        + "`CASSATION`: the cassation court. `SUPERVISORY`: a supervisory review (supreme court). `OTHER`.")
public enum Instance {
    FIRST_INSTANCE, APPEAL, CASSATION, SUPERVISORY, OTHER
}
