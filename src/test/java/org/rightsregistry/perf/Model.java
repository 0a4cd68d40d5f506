package org.rightsregistry.perf;

import static org.rightsregistry.perf.Generator.at;
import static org.rightsregistry.perf.Generator.firstDay;
import static org.rightsregistry.perf.Generator.money;
import static org.rightsregistry.perf.Generator.uuid;
import static org.rightsregistry.perf.Names.pick;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.rightsregistry.common.date.Edtf;
import org.rightsregistry.search.GeneratedKeys;

/**
 * What the generated registry holds, in realistic proportions: about 1.5 cases per person (most with one defendant,
 * some group cases), 1 to 3 charges per defendant, a sentence for half of the charged (with one or two components),
 * an appeal against a quarter of the sentences, one source per 20 persons, and citations of them on most records.
 * Visibility is mostly PUBLIC, some RESTRICTED and CONFIDENTIAL. Every chunk of persons comes from its own random
 * stream (seed and chunk number), so the data is the same for a seed whatever the number of threads.
 */
final class Model {

    private static final Instant BASE = Instant.parse("2019-01-01T00:00:00Z");
    private static final long SPAN_MICROS = ChronoUnit.MICROS.between(BASE, Instant.parse("2026-11-01T00:00:00Z"));

    private final long seed;
    private final int persons;
    private final int sourceCount;
    private final List<UUID> sourceIds = new ArrayList<>();
    /** Keys of names, titles and texts that recur: computing them (ICU transliteration) is the costly part. */
    private final Map<String, List<String[]>> keyCache = new ConcurrentHashMap<>();

    Model(long seed, int persons) {
        this.seed = seed;
        this.persons = persons;
        this.sourceCount = Math.max(50, persons / 20);
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        for (int i = 0; i < sourceCount; i++) {
            sourceIds.add(uuid(random));
        }
    }

    // ---- pools ----

    private record Article(String country, String law, String article, String text, int min, int max, String description) {
    }

    private static final List<Article> ARTICLES = List.of(
            new Article("KZ", "KZ-CC-2014", "405(2)", "ч.2 ст.405 УК РК", 24, 72, "participation in the activities of a banned organisation"),
            new Article("KZ", "KZ-CC-2014", "405(1)", "ч.1 ст.405 УК РК", 72, 120, "organising the activities of a banned organisation"),
            new Article("KZ", "KZ-CC-2014", "174(1)", "ч.1 ст.174 УК РК", 24, 84, "inciting social discord"),
            new Article("KZ", "KZ-CC-2014", "174(2)", "ч.2 ст.174 УК РК", 60, 144, "inciting social discord by a group"),
            new Article("KZ", "KZ-CC-2014", "274(2)", "ч.2 ст.274 УК РК", 12, 60, "spreading knowingly false information"),
            new Article("KZ", "KZ-CC-2014", "179(2)", "ч.2 ст.179 УК РК", 120, 204, "seizure of power"),
            new Article("KZ", "KZ-CC-2014", "272(2)", "ч.2 ст.272 УК РК", 36, 96, "participation in mass riots"),
            new Article("KZ", "KZ-CC-2014", "182(2)", "ч.2 ст.182 УК РК", 96, 144, "participation in an extremist group"),
            new Article("KZ", "KZ-CC-2014", "258(1)", "ч.1 ст.258 УК РК", 60, 108, "financing of extremism"),
            new Article("KZ", "KZ-AC-2014", "488(6)", "ч.6 ст.488 КоАП РК", 0, 1, "taking part in an unauthorised assembly"),
            new Article("RU", "RU-CC-1996", "280.3", "ст.280.3 УК РФ", 0, 36, "discrediting the armed forces"),
            new Article("RU", "RU-CC-1996", "207.3(2)", "ч.2 ст.207.3 УК РФ", 60, 120, "spreading false information about the armed forces"),
            new Article("RU", "RU-CC-1996", "282.2(2)", "ч.2 ст.282.2 УК РФ", 24, 72, "participation in an extremist organisation"),
            new Article("RU", "RU-CC-1996", "212.1", "ст.212.1 УК РФ", 0, 60, "repeated violation of the rules on public events"),
            new Article("RU", "RU-CC-1996", "275", "ст.275 УК РФ", 144, 240, "high treason"),
            new Article("BY", "BY-CC-1999", "342(1)", "ч.1 ст.342 УК РБ", 0, 36, "gross violation of public order"),
            new Article("BY", "BY-CC-1999", "361-1", "ст.361-1 УК РБ", 24, 72, "creating an extremist formation"),
            new Article("UZ", "UZ-CC-1994", "159", "ст.159 УК РУз", 60, 120, "attack on the constitutional order"),
            new Article("KG", "KG-CC-2021", "278", "ст.278 УК КР", 36, 96, "calls for mass riots"));

    private static final Map<String, List<String>> COURTS = Map.of(
            "KZ", List.of("Almaty City Court", "Specialized Inter-District Criminal Court of Almaty", "Astana City Court",
                    "Shymkent City Court", "Aktobe Regional Court", "Karaganda Inter-District Criminal Court", "Uralsk City Court"),
            "RU", List.of("Moscow City Court", "Tverskoy District Court of Moscow", "Leninsky District Court of Krasnodar",
                    "Second Western District Military Court"),
            "BY", List.of("Minsk City Court", "Leninsky District Court of Minsk", "Gomel Regional Court"),
            "UZ", List.of("Tashkent City Criminal Court"),
            "KG", List.of("Pervomaisky District Court of Bishkek"));
    private static final Map<String, List<String>> APPEAL_BODIES = Map.of(
            "KZ", List.of("Almaty City Court (appeal board)", "Supreme Court of Kazakhstan", "UN Working Group on Arbitrary Detention",
                    "UN Human Rights Committee"),
            "RU", List.of("First Court of Appeal of General Jurisdiction", "Supreme Court of Russia", "European Court of Human Rights"),
            "BY", List.of("Supreme Court of Belarus", "UN Human Rights Committee"),
            "UZ", List.of("Supreme Court of Uzbekistan"),
            "KG", List.of("Bishkek City Court", "Supreme Court of Kyrgyzstan"));
    private static final Map<String, List<String>> CITIES = Map.of(
            "KZ", List.of("Almaty", "Astana", "Shymkent", "Aktobe", "Karaganda", "Uralsk", "Zhanaozen", "Taraz", "Pavlodar", "Kyzylorda"),
            "RU", List.of("Moscow", "St Petersburg", "Krasnodar", "Kazan", "Ufa", "Omsk"),
            "BY", List.of("Minsk", "Gomel", "Grodno", "Brest"),
            "UZ", List.of("Tashkent", "Nukus"),
            "KG", List.of("Bishkek", "Osh"));
    private static final List<String> MOVEMENTS = List.of("Koshe Partiyasy", "Democratic Choice of Kazakhstan", "Oyan, Qazaqstan",
            "an independent trade union", "a religious community", "an anti-war network");
    private static final List<String> OCCUPATIONS = List.of("teacher", "journalist", "blogger", "lawyer", "oil worker", "engineer",
            "student", "pensioner", "entrepreneur", "doctor", "trade union leader", "imam", "farmer", "civic activist");
    private static final List<String> PUBLISHERS = List.of("Open Dialogue Foundation", "Kazakhstan International Bureau for Human Rights",
            "Human Rights Watch", "Amnesty International", "Memorial", "Viasna", "OVD-Info", "Radio Azattyq", "Vlast.kz",
            "Freedom for Eurasia", "Article 19", "Committee to Protect Journalists");
    private static final List<String> TOPICS = List.of("political prisoners", "prosecutions for peaceful assembly",
            "extremism charges against activists", "journalists under pressure", "trials of bloggers", "torture allegations in custody",
            "the January events", "religious prosecutions", "anti-war dissent");
    private static final List<String> SUMMARIES = List.of(
            "Detained after posting on social media about a peaceful protest.",
            "Accused of supporting a movement banned as extremist by a court.",
            "Prosecuted after taking part in a peaceful rally; the family reports pressure.",
            "A journalist charged over reporting on local officials.",
            "Held in pre-trial detention; lawyers report limited access.",
            "Charged for donations to a banned movement.");

    private static final String[] STATUSES = {"AT_LIBERTY", "UNDER_INVESTIGATION", "PRE_TRIAL_DETENTION", "HOUSE_ARREST",
            "RESTRICTED_MOVEMENT", "IMPRISONED", "RESTRICTED_FREEDOM", "RELEASED", "IN_EXILE", "WANTED", "DECEASED", "UNKNOWN"};
    private static final int[] STATUS_WEIGHTS = {14, 12, 9, 4, 6, 18, 8, 14, 5, 3, 1, 6};
    private static final String[] ROLES = {"ACTIVIST", "HUMAN_RIGHTS_DEFENDER", "JOURNALIST", "BLOGGER", "LAWYER", "POLITICIAN",
            "RELIGIOUS_BELIEVER", "OPPOSITION_SUPPORTER", "PROTESTER", "RELATIVE", "REFUGEE", "OTHER"};
    private static final int[] ROLE_WEIGHTS = {25, 5, 6, 10, 2, 3, 10, 15, 18, 2, 2, 2};
    private static final String[] THEMES = {"EXPRESSION", "ASSEMBLY", "ASSOCIATION", "RELIGION", "POLITICAL_PARTICIPATION",
            "JOURNALISM", "LABOUR", "ANTI_WAR", "OTHER"};
    private static final int[] THEME_WEIGHTS = {25, 20, 20, 8, 12, 5, 4, 4, 2};

    // ---- sources ----

    Generator.Rows sources() {
        Generator.Rows rows = new Generator.Rows();
        SplittableRandom random = new SplittableRandom(seed * 31 + 11);
        for (int i = 0; i < sourceCount; i++) {
            UUID id = sourceIds.get(i);
            int year = 2015 + random.nextInt(12);
            String publishedOn = random.nextInt(3) == 0 ? year + "-" + two(1 + random.nextInt(12)) : year + "-" + two(1 + random.nextInt(12))
                    + "-" + two(1 + random.nextInt(28));
            String publisher = pick(random, PUBLISHERS);
            String type = random.nextInt(10) < 6 ? "NGO_REPORT" : pick(random, List.of("NEWS_ARTICLE", "COURT_DOCUMENT", "LAWYER_STATEMENT",
                    "RELATIVE_STATEMENT", "SOCIAL_MEDIA", "TESTIMONY"));
            String title = publisher + ": " + pick(random, TOPICS) + " (" + year + ", no. " + (i + 1) + ")";
            String author = random.nextInt(3) == 0 ? Names.next(random).fullName() : null;
            String visibility = "TESTIMONY".equals(type) ? "CONFIDENTIAL" : visibility(random, 97, 2);
            Instant created = BASE.plus(i * (SPAN_MICROS / sourceCount), ChronoUnit.MICROS);
            rows.add("source", id, 1L, at(created), at(created), visibility, title, type, publisher, author, publishedOn, firstDay(publishedOn),
                    "https://example.org/reports/" + (i + 1), null, random.nextBoolean() ? "en" : "ru",
                    pick(random, List.of("HIGH", "HIGH", "MEDIUM", "LOW", "UNKNOWN")));
            for (String[] key : GeneratedKeys.record(List.of(title, publisher, author == null ? "" : author), List.of())) {
                rows.add("record_search_key", "SOURCE", id, key[0], key[1]);
            }
        }
        return rows;
    }

    // ---- persons and everything about them ----

    Generator.Rows chunk(int chunk) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + chunk);
        Generator.Rows rows = new Generator.Rows();
        int from = chunk * Generator.CHUNK;
        int to = Math.min(persons, from + Generator.CHUNK);
        List<UUID> ids = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        List<Instant> created = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Instant at = BASE.plus(i * (SPAN_MICROS / Math.max(1, persons)), ChronoUnit.MICROS);
            UUID id = uuid(random);
            ids.add(id);
            created.add(at);
            origins.add(person(random, rows, id, at));
        }
        // about 1.5 cases per person: the chunk's persons in turn, each case with 1 (80 %), 2 (15 %) or 3 (5 %) defendants
        int caseCount = (int) Math.round((to - from) * 1.5);
        int cursor = 0;
        for (int c = 0; c < caseCount; c++) {
            int size = pickWeighted(random, new int[] {80, 15, 5}) + 1;
            List<Integer> members = new ArrayList<>();
            for (int m = 0; m < size; m++) {
                int member = (cursor++) % ids.size();
                if (!members.contains(member)) {
                    members.add(member);
                }
            }
            courtCase(random, rows, members, ids, origins, created);
        }
        return rows;
    }

    private String person(SplittableRandom random, Generator.Rows rows, UUID id, Instant created) {
        Names.Generated name = Names.next(random);
        String status = STATUSES[pickWeighted(random, STATUS_WEIGHTS)];
        int birthYear = 1950 + random.nextInt(56);
        String birthDate = switch (random.nextInt(10)) {
            case 0 -> null;
            case 1, 2 -> String.valueOf(birthYear);
            case 3 -> birthYear + "-" + two(1 + random.nextInt(12));
            default -> birthYear + "-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28));
        };
        String deathDate = "DECEASED".equals(status) ? String.valueOf(2016 + random.nextInt(10)) : null;
        String since = random.nextInt(4) == 0 ? null : (2016 + random.nextInt(10)) + "-" + two(1 + random.nextInt(12));
        String country = switch (name.origin()) {
            case "KZ" -> random.nextInt(20) == 0 ? pick(random, List.of("BE", "DE", "UA", "LT")) : "KZ";
            case "RU" -> random.nextInt(3) == 0 ? "KZ" : random.nextInt(10) == 0 ? pick(random, List.of("BY", "GE", "LT")) : "RU";
            default -> pick(random, List.of("UZ", "KG", "BY", "GE", "PL", "LT"));
        };
        String residence = "IN_EXILE".equals(status) ? pick(random, List.of("BE", "DE", "UA", "LT", "GE", "PL")) : country;
        String region = CITIES.containsKey(country) ? pick(random, CITIES.get(country)) : null;
        String summary = random.nextInt(10) < 3 ? pick(random, SUMMARIES) : null;
        String visibility = visibility(random, 90, 8);
        String gender = random.nextInt(20) == 0 ? "UNKNOWN" : name.female() ? "FEMALE" : "MALE";
        rows.add("person", id, 1L, at(created), at(created), visibility, name.fullName(), gender, birthDate, firstDay(birthDate), deathDate,
                firstDay(deathDate), residence, region, random.nextInt(3) == 0 ? null : pick(random, OCCUPATIONS), status, since,
                deathDate == null ? null : pick(random, List.of("IN_CUSTODY_SERVING", "IN_PRE_TRIAL_CUSTODY", "AFTER_RELEASE", "UNKNOWN")),
                summary, random.nextInt(50) == 0 ? "Contact only through the family's lawyer." : null);
        for (int n = 0; n < name.names().size(); n++) {
            Names.Name nm = name.names().get(n);
            rows.add("person_name", id, n, nm.name(), nm.lang(), nm.script(), nm.kind());
        }
        rows.add("person_citizenship", id, 0, country);
        if (random.nextInt(25) == 0) {
            rows.add("person_citizenship", id, 1, "KZ".equals(country) ? "RU" : "KZ");
        }
        Set<String> roles = new LinkedHashSet<>();
        roles.add(ROLES[pickWeighted(random, ROLE_WEIGHTS)]);
        if (random.nextInt(3) == 0) {
            roles.add(ROLES[pickWeighted(random, ROLE_WEIGHTS)]);
        }
        roles.forEach(role -> rows.add("person_role", id, role));
        cite(random, rows, "person_citation", id, 80);
        Set<String> seen = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        names.add(name.fullName());
        name.names().forEach(nm -> names.add(nm.name()));
        for (String each : names) {
            for (String[] key : cached("P" + each, () -> GeneratedKeys.personName(each))) {
                if (seen.add(key[0] + key[1])) {
                    rows.add("person_search_key", id, key[0], key[1]);
                }
            }
        }
        return country;
    }

    private void courtCase(SplittableRandom random, Generator.Rows rows, List<Integer> members, List<UUID> persons, List<String> origins,
            List<Instant> personCreated) {
        UUID id = uuid(random);
        String origin = origins.get(members.get(0));
        String country = COURTS.containsKey(origin) ? origin : "KZ";
        Instant created = personCreated.get(members.get(members.size() - 1)).plus(1 + random.nextInt(3600), ChronoUnit.SECONDS);
        int year = 2016 + random.nextInt(10);
        String openedOn = random.nextInt(5) == 0 ? String.valueOf(year) : year + "-" + two(1 + random.nextInt(12))
                + (random.nextBoolean() ? "-" + two(1 + random.nextInt(28)) : "");
        String city = pick(random, CITIES.get(country));
        boolean administrative = "KZ".equals(country) && random.nextInt(10) == 0;
        String title = members.size() > 1
                ? "Prosecution of " + pick(random, MOVEMENTS) + " supporters (" + city + ")"
                : pick(random, List.of("Case of a " + pick(random, OCCUPATIONS) + " in " + city, "Prosecution over a rally in " + city,
                        "Extremism case in " + city, "Case over social media posts (" + city + ")"));
        String stage = pick(random, List.of("INVESTIGATION", "TRIAL", "VERDICT", "APPEAL", "FINAL", "FINAL", "CLOSED", "SUSPENDED"));
        String closedOn = "CLOSED".equals(stage) || "FINAL".equals(stage) ? String.valueOf(Math.min(2026, year + 1 + random.nextInt(2))) : null;
        String summary = random.nextInt(10) < 3 ? pick(random, SUMMARIES) : null;
        String visibility = visibility(random, 92, 6);
        rows.add("court_case", id, 1L, at(created), at(created), visibility, title, country, administrative ? "ADMINISTRATIVE" : "CRIMINAL",
                stage, openedOn, firstDay(openedOn), closedOn, firstDay(closedOn), summary);
        List<String> numbers = new ArrayList<>();
        numbers.add(String.format("%02d%02d%04d%07d", year % 100, 1 + random.nextInt(20), random.nextInt(10000), random.nextInt(10_000_000)));
        rows.add("case_number", id, 0, numbers.get(0), "INVESTIGATION", "Police department of " + city);
        if (!"INVESTIGATION".equals(stage)) {
            numbers.add("1-" + (1 + random.nextInt(9999)) + "/" + (year + 1));
            rows.add("case_number", id, 1, numbers.get(1), "FIRST_INSTANCE", pick(random, COURTS.get(country)));
        }
        Set<String> themes = new LinkedHashSet<>();
        themes.add(THEMES[pickWeighted(random, THEME_WEIGHTS)]);
        if (random.nextInt(3) == 0) {
            themes.add(THEMES[pickWeighted(random, THEME_WEIGHTS)]);
        }
        themes.forEach(theme -> rows.add("case_theme", id, theme));
        cite(random, rows, "case_citation", id, 80);
        Set<String> seen = new LinkedHashSet<>();
        List<List<String[]>> parts = List.of(cached("T" + title, () -> GeneratedKeys.courtCase(title, List.of(), null)),
                GeneratedKeys.courtCase("", numbers, null),
                summary == null ? List.of() : cached("S" + summary, () -> GeneratedKeys.courtCase("", List.of(), summary)));
        for (List<String[]> part : parts) {
            for (String[] key : part) {
                if (seen.add(key[0] + key[1])) {
                    rows.add("case_search_key", id, key[0], key[1]);
                }
            }
        }
        List<Article> articles = ARTICLES.stream().filter(a -> a.country().equals(country) && ("KZ-AC-2014".equals(a.law()) == administrative)).toList();
        for (int m = 0; m < members.size(); m++) {
            UUID person = persons.get(members.get(m));
            boolean witness = members.size() > 1 && random.nextInt(20) == 0;
            String role = witness ? "WITNESS" : pick(random, List.of("SUSPECT", "ACCUSED", "DEFENDANT", "DEFENDANT", "CONVICTED", "CONVICTED",
                    "CONVICTED", "ACQUITTED"));
            String since = openedOn;
            rows.add("party", uuid(random), 1L, at(created), at(created), visibility(random, 97, 2), id, person, role, since, firstDay(since));
            if (!witness) {
                defendant(random, rows, id, person, country, year, created, articles);
            }
        }
    }

    private void defendant(SplittableRandom random, Generator.Rows rows, UUID caseId, UUID person, String country, int year, Instant created,
            List<Article> articles) {
        int charges = pickWeighted(random, new int[] {60, 30, 10}) + 1;
        List<UUID> chargeIds = new ArrayList<>();
        int maxMonths = 0;
        for (int c = 0; c < charges; c++) {
            Article article = pick(random, articles);
            UUID id = uuid(random);
            chargeIds.add(id);
            maxMonths = Math.max(maxMonths, article.max());
            String filedOn = year + "-" + two(1 + random.nextInt(12));
            String description = random.nextInt(5) == 0 ? article.description() : null;
            rows.add("charge", id, 1L, at(created), at(created), visibility(random, 97, 2), caseId, person, article.law(), article.article(),
                    article.text(), description, filedOn, firstDay(filedOn),
                    pick(random, List.of("ALLEGED", "INDICTED", "INDICTED", "CONVICTED", "CONVICTED", "CONVICTED", "DROPPED", "ACQUITTED")),
                    article.min(), article.max());
            cite(random, rows, "charge_citation", id, 30);
            for (String[] key : cached("C" + article.law() + article.article() + "|" + description,
                    () -> GeneratedKeys.record(List.of(article.law(), article.article(), article.text()),
                            description == null ? List.of() : List.of(description)))) {
                rows.add("record_search_key", "CHARGE", id, key[0], key[1]);
            }
        }
        if (random.nextBoolean()) {
            sentence(random, rows, caseId, person, country, year, created, chargeIds, maxMonths);
        }
    }

    private void sentence(SplittableRandom random, Generator.Rows rows, UUID caseId, UUID person, String country, int year, Instant created,
            List<UUID> chargeIds, int maxMonths) {
        UUID id = uuid(random);
        String court = pick(random, COURTS.get(country));
        LocalDate decided = LocalDate.of(Math.min(2026, year + 1), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String decidedOn = decided.toString();
        String verdict = random.nextInt(100) < 88 ? "GUILTY" : pick(random, List.of("PARTIALLY_GUILTY", "NOT_GUILTY", "DISMISSED"));
        List<Object[]> components = new ArrayList<>();
        Integer custodial = null;
        if (!"NOT_GUILTY".equals(verdict) && !"DISMISSED".equals(verdict)) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                int term = Math.max(6, Math.min(maxMonths == 0 ? 36 : maxMonths, 6 + random.nextInt(Math.max(7, maxMonths))));
                boolean suspended = random.nextInt(4) == 0;
                components.add(new Object[] {"IMPRISONMENT", term, pick(random, List.of("MINIMUM", "MEDIUM", "MEDIUM", "MAXIMUM")), suspended,
                        suspended ? 12 + random.nextInt(36) : null, null, null, null});
                custodial = suspended ? null : term;
            } else if (kind < 8) {
                components.add(new Object[] {"RESTRICTED_FREEDOM", 12 + random.nextInt(48), null, false, null, null, null, null});
            } else {
                components.add(new Object[] {"FINE", null, null, null, null, money(50L * (1 + random.nextInt(40))), "MRP", null});
            }
            if (random.nextInt(5) == 0) {
                components.add(new Object[] {"ACTIVITY_BAN", 36 + random.nextInt(48), null, null, null, null, null,
                        "public and political activity"});
            }
        }
        String startsOn = custodial == null ? null : decidedOn;
        String expectedEnd = custodial == null ? null : Edtf.parse(startsOn).plusMonths(custodial);
        String status = pick(random, List.of("IN_FORCE", "IN_FORCE", "IN_FORCE", "NOT_YET_IN_FORCE", "SERVED", "PAROLED", "AMNESTIED"));
        rows.add("sentence", id, 1L, at(created), at(created), visibility(random, 97, 2), caseId, person, court, "FIRST_INSTANCE", decidedOn,
                decided, verdict, status, startsOn, firstDay(startsOn), expectedEnd, firstDay(expectedEnd));
        for (int i = 0; i < components.size(); i++) {
            Object[] c = components.get(i);
            rows.add("sentence_component", id, i, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
        }
        for (int i = 0; i < chargeIds.size(); i++) {
            rows.add("sentence_charge", id, i, chargeIds.get(i));
        }
        cite(random, rows, "sentence_citation", id, 50);
        for (String[] key : cached("R" + court, () -> GeneratedKeys.record(List.of(court), List.of()))) {
            rows.add("record_search_key", "SENTENCE", id, key[0], key[1]);
        }
        if (random.nextInt(4) == 0) {
            appeal(random, rows, id, country, decided, created);
        }
    }

    private void appeal(SplittableRandom random, Generator.Rows rows, UUID sentence, String country, LocalDate decided, Instant created) {
        UUID id = uuid(random);
        String body = pick(random, APPEAL_BODIES.get(country));
        LocalDate filed = decided.plusDays(5 + random.nextInt(30));
        boolean done = random.nextInt(10) < 6;
        LocalDate decidedOn = filed.plusDays(20 + random.nextInt(200));
        String status = done ? "DECIDED" : pick(random, List.of("FILED", "PENDING"));
        rows.add("appeal", id, 1L, at(created), at(created), visibility(random, 97, 2), sentence,
                random.nextInt(10) == 0 ? "PROSECUTION" : "DEFENCE", body.startsWith("UN ") || body.startsWith("European") ? "INTERNATIONAL_BODY"
                        : body.startsWith("Supreme") ? "CASSATION" : "APPEAL", body, filed.toString(), filed,
                done ? decidedOn.toString() : null, done ? decidedOn : null, status,
                done ? pick(random, List.of("UPHELD", "UPHELD", "UPHELD", "REDUCED", "VIEWS_ADOPTED")) : null, null);
        cite(random, rows, "appeal_citation", id, 50);
        for (String[] key : cached("R" + body, () -> GeneratedKeys.record(List.of(body), List.of()))) {
            rows.add("record_search_key", "APPEAL", id, key[0], key[1]);
        }
    }

    private void cite(SplittableRandom random, Generator.Rows rows, String table, UUID record, int percent) {
        if (random.nextInt(100) >= percent) {
            return;
        }
        rows.add(table, record, 0, sourceIds.get(random.nextInt(sourceCount)), null, "p. " + (1 + random.nextInt(40)), null,
                pick(random, List.of("HIGH", "HIGH", "MEDIUM", "LOW")));
    }

    private List<String[]> cached(String key, java.util.function.Supplier<List<String[]>> compute) {
        List<String[]> keys = keyCache.get(key);
        if (keys == null) {
            keys = compute.get();
            if (keyCache.size() < 400_000) {
                keyCache.put(key, keys);
            }
        }
        return keys;
    }

    private static String visibility(SplittableRandom random, int publicPercent, int restrictedPercent) {
        int roll = random.nextInt(100);
        return roll < publicPercent ? "PUBLIC" : roll < publicPercent + restrictedPercent ? "RESTRICTED" : "CONFIDENTIAL";
    }

    private static int pickWeighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
