package org.rightsregistry.sentence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A kind of penalty; one sentence can combine several. `IMPRISONMENT`: a custodial term (`termMonths`, "
        + "`regime`). `LIFE_IMPRISONMENT`. `RESTRICTED_FREEDOM`: supervision with restrictions, at home. "
        + "`FINE`: a sum of money. `CORRECTIONAL_LABOUR`: work with part of the wage withheld. "
        + "`COMMUNITY_SERVICE`: unpaid work. `ACTIVITY_BAN`: a ban on an activity or office (`banScope`). "
        + "`COMPULSORY_TREATMENT`: ordered medical treatment. `CONFISCATION`: of property. `EXPULSION`: from "
        + "the country. `DEATH_PENALTY`. `OTHER`.")
public enum ComponentType {
    IMPRISONMENT, LIFE_IMPRISONMENT, RESTRICTED_FREEDOM, FINE, CORRECTIONAL_LABOUR, COMMUNITY_SERVICE, ACTIVITY_BAN, COMPULSORY_TREATMENT, CONFISCATION, EXPULSION, DEATH_PENALTY, OTHER
}
