package org.rightsregistry.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The branch of law the proceedings belong to.")
public enum CaseKind {
    CRIMINAL, ADMINISTRATIVE, CIVIL, EXTRADITION, OTHER
}
