package org.rightsregistry.appeal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the appeal goes. UN Working Group on Arbitrary Detention, UN Human Rights Committee and ECtHR are `INTERNATIONAL_BODY`.")
public enum AppealLevel {
    APPEAL, CASSATION, SUPREME_COURT, CONSTITUTIONAL, INTERNATIONAL_BODY
}
