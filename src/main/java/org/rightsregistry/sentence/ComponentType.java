package org.rightsregistry.sentence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A kind of penalty; one sentence can combine several.")
public enum ComponentType {
    IMPRISONMENT, LIFE_IMPRISONMENT, RESTRICTED_FREEDOM, FINE, CORRECTIONAL_LABOUR, COMMUNITY_SERVICE, ACTIVITY_BAN, COMPULSORY_TREATMENT, CONFISCATION, EXPULSION, DEATH_PENALTY, OTHER
}
