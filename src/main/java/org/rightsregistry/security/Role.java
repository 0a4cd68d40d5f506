package org.rightsregistry.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a token may do; each role includes the ones before it. */
@Schema(description = "What a token may do. `viewer`: read `PUBLIC` and `RESTRICTED` records. `editor`: a viewer who also creates "
        + "and changes records. `admin`: everything, `CONFIDENTIAL` records, deletes and tokens.")
public enum Role {
    viewer, editor, admin;

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }
}
