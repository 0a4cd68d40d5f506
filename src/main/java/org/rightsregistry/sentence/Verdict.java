package org.rightsregistry.sentence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the court decided. `GUILTY`: guilty of every charge. `PARTIALLY_GUILTY`: guilty of some "
        + "charges. `NOT_GUILTY`: acquitted. `DISMISSED`: the case was dismissed without a verdict. "
        + "`COMPULSORY_MEDICAL_MEASURES`: the person was found not responsible and ordered into treatment.")
public enum Verdict {
    GUILTY, PARTIALLY_GUILTY, NOT_GUILTY, DISMISSED, COMPULSORY_MEDICAL_MEASURES
}
