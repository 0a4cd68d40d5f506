package org.rightsregistry.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How far the registry's editors trust the source.")
public enum Reliability {
    HIGH, MEDIUM, LOW, UNKNOWN
}
