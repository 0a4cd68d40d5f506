package org.rightsregistry.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Gender as the sources give it. `FEMALE`. `MALE`. `OTHER`. `UNKNOWN`: the sources do not say.")
public enum Gender {
    FEMALE, MALE, OTHER, UNKNOWN
}
