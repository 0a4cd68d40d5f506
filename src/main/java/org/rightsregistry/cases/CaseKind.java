package org.rightsregistry.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The branch of law the proceedings belong to. `CRIMINAL`: a criminal prosecution. `ADMINISTRATIVE`: "
        + "an administrative offence (short detention, fines). `CIVIL`: a civil suit, such as defamation. "
        + "`EXTRADITION`: a request to hand the person over to another state. `OTHER`.")
public enum CaseKind {
    CRIMINAL, ADMINISTRATIVE, CIVIL, EXTRADITION, OTHER
}
