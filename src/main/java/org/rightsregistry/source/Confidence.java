package org.rightsregistry.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How firmly the source supports the cited fact. `HIGH`: states it directly. `MEDIUM`: states it with "
        + "reservations or second-hand. `LOW`: only suggests it.")
public enum Confidence {
    HIGH, MEDIUM, LOW
}
