package org.rightsregistry.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the person is or does, as far as the case is concerned.")
public enum PersonRole {
    ACTIVIST, HUMAN_RIGHTS_DEFENDER, JOURNALIST, BLOGGER, LAWYER, POLITICIAN, RELIGIOUS_BELIEVER, OPPOSITION_SUPPORTER, PROTESTER, RELATIVE, REFUGEE, OFFICIAL, OTHER
}
