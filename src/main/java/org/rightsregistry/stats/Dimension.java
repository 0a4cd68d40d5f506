package org.rightsregistry.stats;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a statistic can be grouped by. Each dimension belongs to one record type; grouping the records of another
 * type by it goes through how they are linked (a person and a case through the parties; a charge or a sentence to
 * its person and case; a charge and a sentence through the same person in the same case). A record linked to
 * several values (a person with cases in two countries) counts once in each of their groups.
 * Expressions use the aliases p (person), c (case), ch (charge), s (sentence).
 */
@Schema(name = "StatisticsDimension", description = "What counts can be grouped by. Of persons: `PERSON_STATUS`, `ROLE`, `GENDER`, `CITIZENSHIP`. Of "
        + "cases: `COUNTRY`, `STAGE`, `THEME`, `OPENED_YEAR` (the year the case was opened). Of charges: "
        + "`LAW_ARTICLE` (law and article together), `CHARGE_STATUS`. Of sentences: `VERDICT`, "
        + "`COMPONENT_TYPE`, `DECIDED_YEAR` (the year of the decision).")
public enum Dimension {
    PERSON_STATUS("personStatus", Unit.PERSONS, "", "p.status"),
    ROLE("role", Unit.PERSONS, "join p.roles role_", "role_"),
    GENDER("gender", Unit.PERSONS, "", "p.gender"),
    CITIZENSHIP("citizenship", Unit.PERSONS, "join p.citizenships citizenship_", "citizenship_"),
    COUNTRY("country", Unit.CASES, "", "c.country"),
    STAGE("stage", Unit.CASES, "", "c.stage"),
    THEME("theme", Unit.CASES, "join c.themes theme_", "theme_"),
    OPENED_YEAR("openedYear", Unit.CASES, "", "year(c.openedOnFrom)"),
    LAW_ARTICLE("lawArticle", Unit.CHARGES, "", "ch.law", "ch.article"),
    CHARGE_STATUS("chargeStatus", Unit.CHARGES, "", "ch.status"),
    VERDICT("verdict", Unit.SENTENCES, "", "s.verdict"),
    COMPONENT_TYPE("componentType", Unit.SENTENCES, "join s.components component_", "component_.type"),
    DECIDED_YEAR("decidedYear", Unit.SENTENCES, "", "year(s.decidedOnFrom)");

    final String key;
    final Unit unit;
    final String join;
    final List<String> expressions;

    Dimension(String key, Unit unit, String join, String... expressions) {
        this.key = key;
        this.unit = unit;
        this.join = join;
        this.expressions = List.of(expressions);
    }

    /** The names of the values this dimension gives: its own name, or {@code law} and {@code article}. */
    List<String> keys() {
        return this == LAW_ARTICLE ? List.of("law", "article") : List.of(key);
    }

    static String alias(Unit unit) {
        return switch (unit) {
            case PERSONS -> "p";
            case CASES -> "c";
            case CHARGES -> "ch";
            case SENTENCES -> "s";
        };
    }

    /** How the counted records (alias r) reach the records of another type. */
    static String link(Unit from, Unit to) {
        return switch (from) {
            case PERSONS -> switch (to) {
                case CASES -> "join Party pa_ on pa_.personId = r.id join CourtCase c on c.id = pa_.caseId";
                case CHARGES -> "join Charge ch on ch.personId = r.id";
                case SENTENCES -> "join Sentence s on s.personId = r.id";
                default -> "";
            };
            case CASES -> switch (to) {
                case PERSONS -> "join Party pa_ on pa_.caseId = r.id join Person p on p.id = pa_.personId";
                case CHARGES -> "join Charge ch on ch.caseId = r.id";
                case SENTENCES -> "join Sentence s on s.caseId = r.id";
                default -> "";
            };
            case CHARGES -> switch (to) {
                case PERSONS -> "join Person p on p.id = r.personId";
                case CASES -> "join CourtCase c on c.id = r.caseId";
                case SENTENCES -> "join Sentence s on s.personId = r.personId and s.caseId = r.caseId";
                default -> "";
            };
            case SENTENCES -> switch (to) {
                case PERSONS -> "join Person p on p.id = r.personId";
                case CASES -> "join CourtCase c on c.id = r.caseId";
                case CHARGES -> "join Charge ch on ch.personId = r.personId and ch.caseId = r.caseId";
                default -> "";
            };
        };
    }
}
