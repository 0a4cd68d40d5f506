package org.rightsregistry.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The role of a person in a case; it changes over time (`since`).")
public enum PartyRole {
    SUSPECT, ACCUSED, DEFENDANT, CONVICTED, ACQUITTED, VICTIM, WITNESS, DEFENCE_LAWYER, PROSECUTOR, JUDGE, INVESTIGATOR, RELATIVE, OTHER
}
