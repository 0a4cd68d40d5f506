package org.rightsregistry.common.record;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who may see a record. `PUBLIC`: anyone, without credentials. `RESTRICTED`: viewers, editors and admins. "
        + "`CONFIDENTIAL`: admins only. A record a caller may not see is absent from every response.")
public enum Visibility {
    PUBLIC, RESTRICTED, CONFIDENTIAL
}
