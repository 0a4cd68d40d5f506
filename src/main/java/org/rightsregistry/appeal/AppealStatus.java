package org.rightsregistry.appeal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the appeal stands. `PLANNED`: announced by the defence, not yet filed. `FILED`: lodged with "
        + "the court or body. `PENDING`: accepted and awaiting a decision. `DECIDED`: decided (see `outcome`). "
        + "`WITHDRAWN`: withdrawn by whoever filed it. `INADMISSIBLE`: refused without examination.")
public enum AppealStatus {
    PLANNED, FILED, PENDING, DECIDED, WITHDRAWN, INADMISSIBLE
}
