package org.rightsregistry.appeal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the appeal stands.")
public enum AppealStatus {
    PLANNED, FILED, PENDING, DECIDED, WITHDRAWN, INADMISSIBLE
}
