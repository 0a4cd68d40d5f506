package org.rightsregistry.sentence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the decision stands. `MODIFIED_ON_APPEAL` and `OVERTURNED` are set when an appeal with a resulting sentence is recorded.")
public enum SentenceStatus {
    NOT_YET_IN_FORCE, IN_FORCE, MODIFIED_ON_APPEAL, OVERTURNED, SERVED, PARDONED, AMNESTIED, PAROLED
}
