package org.rightsregistry.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How far the registry's editors trust the source. `HIGH`: established and checked (court documents, "
        + "known monitors). `MEDIUM`: usually reliable. `LOW`: unconfirmed. `UNKNOWN`: not assessed yet.")
public enum Reliability {
    HIGH, MEDIUM, LOW, UNKNOWN
}
