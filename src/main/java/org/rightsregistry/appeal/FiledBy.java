package org.rightsregistry.appeal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who filed the appeal.")
public enum FiledBy {
    DEFENCE, PROSECUTION, VICTIM, OTHER
}
