package org.rightsregistry.sentence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The level of the court that decided.")
public enum Instance {
    FIRST_INSTANCE, APPEAL, CASSATION, SUPERVISORY, OTHER
}
