package org.rightsregistry.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the proceedings stand. `PRE_INVESTIGATION`: a preliminary check before a case is opened. `INVESTIGATION`. `TRIAL`. `VERDICT`: decided at first instance. `APPEAL`, `CASSATION`: under review. `FINAL`: the decision is final. `SUSPENDED`, `DISMISSED`, `CLOSED`.")
public enum CaseStage {
    PRE_INVESTIGATION, INVESTIGATION, TRIAL, VERDICT, APPEAL, CASSATION, FINAL, SUSPENDED, DISMISSED, CLOSED
}
