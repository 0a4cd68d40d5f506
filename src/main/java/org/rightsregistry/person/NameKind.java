package org.rightsregistry.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a name is. `NATIVE`: in the person's own language and script. `TRANSLITERATION`: the native name in another script. `ALIAS`: another name the person is known by. `BIRTH`: the name at birth. `FORMER`: a name no longer used.")
public enum NameKind {
    NATIVE, TRANSLITERATION, ALIAS, BIRTH, FORMER
}
