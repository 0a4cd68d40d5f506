package org.rightsregistry.sentence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the decision stands. `NOT_YET_IN_FORCE`: open to appeal. `IN_FORCE`: final and enforceable. "
        + "`MODIFIED_ON_APPEAL`: replaced by the resulting sentence of an appeal. `OVERTURNED`: quashed on "
        + "appeal. `SERVED`: fully served. `PARDONED`: ended by a pardon. `AMNESTIED`: ended by an amnesty. "
        + "`PAROLED`: released early on parole. `MODIFIED_ON_APPEAL` and `OVERTURNED` are set when an appeal "
        + "with a resulting sentence is recorded.")
public enum SentenceStatus {
    NOT_YET_IN_FORCE, IN_FORCE, MODIFIED_ON_APPEAL, OVERTURNED, SERVED, PARDONED, AMNESTIED, PAROLED
}
