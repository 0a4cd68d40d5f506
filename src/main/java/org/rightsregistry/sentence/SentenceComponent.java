package org.rightsregistry.sentence;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One penalty of a sentence: prison and a fine and a ban are three components. */
@Embeddable
public class SentenceComponent {

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private ComponentType type;

    @Column(name = "term_months")
    private Integer termMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "regime", length = 20)
    private Regime regime;

    @Column(name = "suspended")
    private Boolean suspended;

    @Column(name = "probation_months")
    private Integer probationMonths;

    @Column(name = "amount", precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    @Column(name = "ban_scope", length = 1000)
    private String banScope;

    protected SentenceComponent() {
    }

    public SentenceComponent(ComponentType type, Integer termMonths, Regime regime, Boolean suspended, Integer probationMonths,
            BigDecimal amount, String currency, String banScope) {
        this.type = type;
        this.termMonths = termMonths;
        this.regime = regime;
        this.suspended = suspended;
        this.probationMonths = probationMonths;
        this.amount = amount;
        this.currency = currency;
        this.banScope = banScope;
    }

    public ComponentType getType() {
        return type;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public Regime getRegime() {
        return regime;
    }

    public Boolean getSuspended() {
        return suspended;
    }

    public Integer getProbationMonths() {
        return probationMonths;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getBanScope() {
        return banScope;
    }

    /** Served in custody: imprisonment that is not suspended. */
    public boolean isCustodial() {
        return (type == ComponentType.IMPRISONMENT || type == ComponentType.LIFE_IMPRISONMENT) && !Boolean.TRUE.equals(suspended);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SentenceComponent c && type == c.type && Objects.equals(termMonths, c.termMonths)
                && regime == c.regime && Objects.equals(suspended, c.suspended) && Objects.equals(probationMonths, c.probationMonths)
                && (amount == null ? c.amount == null : c.amount != null && amount.compareTo(c.amount) == 0)
                && Objects.equals(currency, c.currency) && Objects.equals(banScope, c.banScope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, termMonths, regime, suspended, probationMonths, currency, banScope);
    }
}
