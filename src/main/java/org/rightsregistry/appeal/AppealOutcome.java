package org.rightsregistry.appeal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the appeal achieved. `UPHELD`: the sentence stands. `REDUCED`, `INCREASED`, `REQUALIFIED`: changed (the original sentence becomes `MODIFIED_ON_APPEAL`). `OVERTURNED_ACQUITTED`, `OVERTURNED_RETRIAL`: quashed (the original becomes `OVERTURNED`). `VIEWS_ADOPTED`: an international body adopted views or an opinion.")
public enum AppealOutcome {
    UPHELD, REDUCED, INCREASED, OVERTURNED_ACQUITTED, OVERTURNED_RETRIAL, REQUALIFIED, VIEWS_ADOPTED
}
