package org.rightsregistry.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The role of a person in a case; it changes over time (`since`). `SUSPECT`: under suspicion, not "
        + "charged. `ACCUSED`: charged, before trial. `DEFENDANT`: on trial. `CONVICTED`: found guilty. "
        + "`ACQUITTED`: found not guilty. `VICTIM`: harmed by the alleged offence. `WITNESS`. `DEFENCE_LAWYER`. "
        + "`PROSECUTOR`. `JUDGE`. `INVESTIGATOR`. `RELATIVE`: a relative of a party. `OTHER`.")
public enum PartyRole {
    SUSPECT, ACCUSED, DEFENDANT, CONVICTED, ACQUITTED, VICTIM, WITNESS, DEFENCE_LAWYER, PROSECUTOR, JUDGE, INVESTIGATOR, RELATIVE, OTHER
}
