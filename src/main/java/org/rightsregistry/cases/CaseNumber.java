package org.rightsregistry.cases;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A number a case is known by at one stage, at one authority. */
@Embeddable
public class CaseNumber {

    @Column(name = "number", nullable = false, length = 100)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20)
    private CaseNumberKind kind;

    @Column(name = "authority", length = 300)
    private String authority;

    protected CaseNumber() {
    }

    public CaseNumber(String number, CaseNumberKind kind, String authority) {
        this.number = number;
        this.kind = kind;
        this.authority = authority;
    }

    public String getNumber() {
        return number;
    }

    public CaseNumberKind getKind() {
        return kind;
    }

    public String getAuthority() {
        return authority;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseNumber n && Objects.equals(number, n.number) && kind == n.kind
                && Objects.equals(authority, n.authority);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, kind, authority);
    }
}
