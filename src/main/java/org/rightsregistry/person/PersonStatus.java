package org.rightsregistry.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the person is now. `AT_LIBERTY`: free, no restriction known. `UNDER_INVESTIGATION`: free but under investigation. `PRE_TRIAL_DETENTION`: held before a verdict. `HOUSE_ARREST`. `RESTRICTED_MOVEMENT`: travel ban or similar. `IMPRISONED`: serving a custodial sentence. `RESTRICTED_FREEDOM`: serving a sentence of restricted freedom. `PSYCHIATRIC_CONFINEMENT`. `RELEASED`: released from custody. `IN_EXILE`: abroad, unable to return. `WANTED`: sought by the authorities. `DISAPPEARED`: whereabouts unknown after contact with the authorities. `DECEASED`. `UNKNOWN`.")
public enum PersonStatus {
    AT_LIBERTY, UNDER_INVESTIGATION, PRE_TRIAL_DETENTION, HOUSE_ARREST, RESTRICTED_MOVEMENT, IMPRISONED, RESTRICTED_FREEDOM, PSYCHIATRIC_CONFINEMENT, RELEASED, IN_EXILE, WANTED, DISAPPEARED, DECEASED, UNKNOWN
}
