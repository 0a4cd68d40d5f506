package org.rightsregistry.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Which freedom the prosecution targets. `EXPRESSION`: speech, posts, publications. `ASSEMBLY`: "
        + "protests and gatherings. `ASSOCIATION`: membership of parties, movements or NGOs. `RELIGION`: belief "
        + "and worship. `POLITICAL_PARTICIPATION`: standing for office, voting, campaigning. `JOURNALISM`: "
        + "reporting. `LABOUR`: strikes and trade unions. `ANTI_WAR`: opposing a war. `OTHER`.")
public enum CaseTheme {
    EXPRESSION, ASSEMBLY, ASSOCIATION, RELIGION, POLITICAL_PARTICIPATION, JOURNALISM, LABOUR, ANTI_WAR, OTHER
}
