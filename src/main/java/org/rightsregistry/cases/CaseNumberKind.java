package org.rightsregistry.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The stage of the proceedings a case number belongs to; a case gets new numbers as it moves.")
public enum CaseNumberKind {
    INVESTIGATION, FIRST_INSTANCE, APPEAL, CASSATION, OTHER
}
