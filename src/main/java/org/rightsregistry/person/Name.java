package org.rightsregistry.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.validation.Code;

@Schema(name = "PersonName", description = "One of a person's names, in one language and script.")
public record Name(
        @Schema(description = "The name as written.", required = true, example = "Айгерім Жақсылықова")
        @NotBlank @Size(max = 300) String name,
        @Schema(nullable = true, description = "BCP 47 language tag of the name.", example = "kk")
        @Code(Code.Kind.LANGUAGE) String lang,
        @Schema(nullable = true, description = "ISO 15924 script code of the name.", example = "Cyrl")
        @Code(Code.Kind.SCRIPT) String script,
        @Schema(nullable = true, description = "What this name is.", example = "NATIVE")
        NameKind kind) {

    static Name from(PersonName n) {
        return new Name(n.getName(), n.getLang(), n.getScript(), n.getKind());
    }

    PersonName toEntity() {
        return new PersonName(name, lang, script, kind);
    }
}
