package org.rightsregistry.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One of a person's names, in one language and script. */
@Embeddable
public class PersonName {

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "lang", length = 35)
    private String lang;

    @Column(name = "script", length = 4)
    private String script;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20)
    private NameKind kind;

    protected PersonName() {
    }

    public PersonName(String name, String lang, String script, NameKind kind) {
        this.name = name;
        this.lang = lang;
        this.script = script;
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public String getLang() {
        return lang;
    }

    public String getScript() {
        return script;
    }

    public NameKind getKind() {
        return kind;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName n && java.util.Objects.equals(name, n.name) && java.util.Objects.equals(lang, n.lang)
                && java.util.Objects.equals(script, n.script) && kind == n.kind;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, lang, script, kind);
    }
}
