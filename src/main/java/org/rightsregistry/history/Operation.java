package org.rightsregistry.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a revision did to the record.")
public enum Operation {
    CREATE, UPDATE, DELETE
}
