package org.rightsregistry.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Which freedom the prosecution targets.")
public enum CaseTheme {
    EXPRESSION, ASSEMBLY, ASSOCIATION, RELIGION, POLITICAL_PARTICIPATION, JOURNALISM, LABOUR, ANTI_WAR, OTHER
}
