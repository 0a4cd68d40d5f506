package org.rightsregistry.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.rightsregistry.cases.CaseListParams;
import org.rightsregistry.cases.CaseRepository;
import org.rightsregistry.charge.ChargeListParams;
import org.rightsregistry.charge.ChargeRepository;
import org.rightsregistry.common.paging.ListQuery;
import org.rightsregistry.common.transaction.ReadOnly;
import org.rightsregistry.person.PersonListParams;
import org.rightsregistry.person.PersonRepository;
import org.rightsregistry.security.Clearance;
import org.rightsregistry.sentence.ComponentType;
import org.rightsregistry.sentence.SentenceListParams;
import org.rightsregistry.sentence.SentenceRepository;
import org.rightsregistry.sentence.SentenceStatus;

/**
 * Counts grouped by dimensions, each over the filtered query of the counted list, so lists and statistics agree. Every
 * figure is read once per state of the registry and caller's visibility, and kept until the next change (as a list's
 * {@code total}): at a million persons a statistic over an unselective filter takes seconds to compute.
 */
@ApplicationScoped
public class StatsService {

    /** The ranges of the term distribution: upper ends in months, both ends included; the last range is open. */
    static final int[] TERM_RANGES = {12, 36, 60, 120, 180};

    private final EntityManager em;
    private final PersonRepository persons;
    private final CaseRepository cases;
    private final ChargeRepository charges;
    private final SentenceRepository sentences;
    private final Clearance clearance;

    public StatsService(EntityManager em, PersonRepository persons, CaseRepository cases, ChargeRepository charges,
            SentenceRepository sentences, Clearance clearance) {
        this.em = em;
        this.persons = persons;
        this.cases = cases;
        this.charges = charges;
        this.sentences = sentences;
        this.clearance = clearance;
    }

    @ReadOnly
    public StatsResponse stats(StatsParams params) {
        List<Dimension> by = params.dimensions();
        Unit unit = params.unit(by);
        ListQuery<?> query = switch (unit) {
            case PERSONS -> persons.filtered(params.filtersFor(new PersonListParams(), unit).filter());
            case CASES -> cases.filtered(params.filtersFor(new CaseListParams(), unit).filter());
            case CHARGES -> charges.filtered(params.filtersFor(new ChargeListParams(), unit).filter());
            case SENTENCES -> sentences.filtered(params.filtersFor(new SentenceListParams(), unit).filter());
        };
        // the whole answer, kept per caller's levels (which the linked records' visibility follows) like each of its
        // statements; the levels are an EnumSet, always written in the same order
        return query.kept(em, "statistic of " + unit + " by " + by + " seen at " + clearance.levels(), () -> {
            long total = query.count(em);
            List<StatsResponse.Group> groups = by.isEmpty() ? List.of() : groups(query, unit, by);
            StatsResponse.Imprisonment imprisonment = unit == Unit.CHARGES ? null : imprisonment(query, unit);
            return new StatsResponse(unit, List.copyOf(by), total, List.copyOf(groups), imprisonment);
        });
    }

    private List<StatsResponse.Group> groups(ListQuery<?> query, Unit unit, List<Dimension> by) {
        Set<String> joins = new LinkedHashSet<>();
        List<String> expressions = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        ListQuery<?> scoped = query.copy();
        for (Dimension dimension : by) {
            if (dimension.unit != unit && joins.add(Dimension.link(unit, dimension.unit))) {
                // a record reached through a link counts only when the caller may see it, as in its own list
                scoped.where(linkedVisible(unit, dimension.unit, Dimension.alias(dimension.unit)));
            }
            if (!dimension.join.isEmpty()) {
                joins.add(own(dimension.join, dimension.unit, unit));
            }
            dimension.expressions.forEach(e -> expressions.add(own(e, dimension.unit, unit)));
            keys.addAll(dimension.keys());
        }
        String select = String.join(", ", expressions);
        List<Object[]> rows = scoped.selectKept(em, select + ", count(distinct r.id)", String.join(" ", joins), "group by " + select,
                Object[].class);
        List<StatsResponse.Group> groups = new ArrayList<>();
        for (Object[] row : rows) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                values.put(keys.get(i), row[i] == null ? null : row[i].toString());
            }
            groups.add(new StatsResponse.Group(values, ((Number) row[row.length - 1]).longValue()));
        }
        groups.sort(Comparator.comparingLong(StatsResponse.Group::count).reversed()
                .thenComparing(g -> String.join("\u0000", g.values().values().stream().map(v -> v == null ? "\uffff" : v).toList())));
        return groups;
    }

    private StatsResponse.Imprisonment imprisonment(ListQuery<?> query, Unit unit) {
        String link = unit == Unit.SENTENCES ? "" : Dimension.link(unit, Unit.SENTENCES);
        String sentence = unit == Unit.SENTENCES ? "r" : "s";
        ListQuery<?> scoped = query.copy();
        if (unit != Unit.SENTENCES) {
            scoped.where(linkedVisible(unit, Unit.SENTENCES, sentence));
        }
        scoped.where("(" + sentence + ".status is null or " + sentence + ".status not in ?)",
                        List.of(SentenceStatus.MODIFIED_ON_APPEAL, SentenceStatus.OVERTURNED))
                .where("term_.type in ?", List.of(ComponentType.IMPRISONMENT, ComponentType.LIFE_IMPRISONMENT));
        String joins = link + " join " + sentence + ".components term_";
        List<Object[]> rows = scoped.selectKept(em, "term_.type, term_.termMonths, term_.suspended, count(*)", joins,
                "group by term_.type, term_.termMonths, term_.suspended", Object[].class);
        long count = scoped.selectKept(em, "count(distinct " + sentence + ".id)", joins, "", Long.class).get(0);
        long totalMonths = 0;
        long suspendedMonths = 0;
        long life = 0;
        long withoutTerm = 0;
        long[] ranges = new long[TERM_RANGES.length + 1];
        for (Object[] row : rows) {
            long n = ((Number) row[3]).longValue();
            if (row[0] == ComponentType.LIFE_IMPRISONMENT) {
                life += n;
                continue;
            }
            if (row[1] == null) {
                withoutTerm += n;
                continue;
            }
            int months = (Integer) row[1];
            totalMonths += months * n;
            if (Boolean.TRUE.equals(row[2])) {
                suspendedMonths += months * n;
            }
            int range = 0;
            while (range < TERM_RANGES.length && months > TERM_RANGES[range]) {
                range++;
            }
            ranges[range] += n;
        }
        List<StatsResponse.TermRange> terms = new ArrayList<>();
        for (int i = 0; i <= TERM_RANGES.length; i++) {
            terms.add(new StatsResponse.TermRange(i == 0 ? 0 : TERM_RANGES[i - 1] + 1, i < TERM_RANGES.length ? TERM_RANGES[i] : null,
                    ranges[i]));
        }
        return new StatsResponse.Imprisonment(count, totalMonths, suspendedMonths, life, withoutTerm, List.copyOf(terms));
    }

    /** A linked record's visibility; a linked charge's or sentence's person (or case) is the counted person (or case). */
    private String linkedVisible(Unit counted, Unit linked, String alias) {
        return clearance.visible(alias, linked.entity, counted == Unit.PERSONS ? "r" : null, counted == Unit.CASES ? "r" : null);
    }

    /** A dimension's expression or join, with its record type's alias replaced by {@code r} when that is the counted type. */
    private static String own(String text, Unit of, Unit counted) {
        return of == counted ? text.replaceAll("\\b" + Dimension.alias(of) + "\\.", "r.") : Objects.requireNonNull(text);
    }
}
