package org.rightsregistry.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Gender as the sources give it; `UNKNOWN` when they do not.")
public enum Gender {
    FEMALE, MALE, OTHER, UNKNOWN
}
