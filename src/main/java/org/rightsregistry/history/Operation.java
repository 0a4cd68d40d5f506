package org.rightsregistry.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a revision did to the record. `CREATE`: created it. `UPDATE`: changed it (a `PUT`, a `PATCH`, "
        + "or a change of a case's parties). `DELETE`: deleted it; the history stays readable.")
public enum Operation {
    CREATE, UPDATE, DELETE
}
