package org.rightsregistry.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The stage of the proceedings a case number belongs to; a case gets new numbers as it moves. "
        + "`INVESTIGATION`: the investigators' number. `FIRST_INSTANCE`: the trial court's. `APPEAL`: the "
        + "appeal court's. `CASSATION`: the cassation court's. `OTHER`.")
public enum CaseNumberKind {
    INVESTIGATION, FIRST_INSTANCE, APPEAL, CASSATION, OTHER
}
