package org.rightsregistry.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the person is or does, as far as the case is concerned. `ACTIVIST`. `HUMAN_RIGHTS_DEFENDER`. "
        + "`JOURNALIST`. `BLOGGER`: publishes on social media or a blog. `LAWYER`. `POLITICIAN`. "
        + "`RELIGIOUS_BELIEVER`: prosecuted for their faith. `OPPOSITION_SUPPORTER`: a supporter of an "
        + "opposition movement. `PROTESTER`: took part in a protest. `RELATIVE`: a relative of a prosecuted "
        + "person. `REFUGEE`: sought or received protection abroad. `OFFICIAL`: a public official. `OTHER`.")
public enum PersonRole {
    ACTIVIST, HUMAN_RIGHTS_DEFENDER, JOURNALIST, BLOGGER, LAWYER, POLITICIAN, RELIGIOUS_BELIEVER, OPPOSITION_SUPPORTER, PROTESTER, RELATIVE, REFUGEE, OFFICIAL, OTHER
}
