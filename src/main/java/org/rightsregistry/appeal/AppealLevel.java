package org.rightsregistry.appeal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the appeal goes. `APPEAL`: the appeal court. `CASSATION`: the cassation court. "
        + "`SUPREME_COURT`: the supreme court. `CONSTITUTIONAL`: the constitutional court. "
        + "`INTERNATIONAL_BODY`: the UN Working Group on Arbitrary Detention, the UN Human Rights Committee, "
        + "the ECtHR or a similar body.")
public enum AppealLevel {
    APPEAL, CASSATION, SUPREME_COURT, CONSTITUTIONAL, INTERNATIONAL_BODY
}
