package org.rightsregistry.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How firmly the source supports the cited fact.")
public enum Confidence {
    HIGH, MEDIUM, LOW
}
