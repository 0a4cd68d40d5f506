package org.rightsregistry.perf;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Invented names for generated persons: Kazakh and Russian Cyrillic names with their Latin spellings, and names
 * written in Latin script (Uzbek, Kyrgyz and others). First names and surnames are common ones, combined at random,
 * so no generated person is a real one; none comes from the demo dataset.
 */
final class Names {

    /** One generated name: the full name in Latin as published, and every name with its language, script and kind. */
    record Generated(String fullName, boolean female, List<Name> names, String origin) {
    }

    record Name(String name, String lang, String script, String kind) {
    }

    private static final List<String> KK_MALE = List.of("Айбек", "Асхат", "Бауыржан", "Ерлан", "Ержан", "Нұрлан", "Қайрат", "Марат",
            "Серік", "Дәурен", "Жандос", "Ермек", "Талғат", "Мұрат", "Арман", "Бекзат", "Ғалымжан", "Әділет", "Жанболат", "Дархан",
            "Қанат", "Азамат", "Санжар", "Ілияс", "Мақсат", "Ербол", "Төлеген", "Әлібек", "Жасұлан", "Олжас", "Бағдат", "Самат",
            "Елдос", "Ақжол", "Дулат", "Мейрам", "Нұржан", "Ерасыл", "Жәнібек", "Рүстем", "Ақылбек", "Бақытжан", "Досжан", "Ескендір");
    private static final List<String> KK_FEMALE = List.of("Айгерім", "Әсем", "Гүлнар", "Жанар", "Динара", "Сәуле", "Ардақ", "Ләззат",
            "Мәдина", "Аружан", "Гүлмира", "Жұлдыз", "Назерке", "Мөлдір", "Ақбота", "Айнұр", "Бибігүл", "Қарлығаш", "Салтанат",
            "Гаухар", "Ботагөз", "Жадыра", "Индира", "Камила", "Ләйлә", "Нұргүл", "Раушан", "Шолпан", "Ақмарал", "Дидар", "Ұлжан",
            "Томирис", "Әйгерім", "Балжан", "Гүлжан", "Меруерт", "Перизат", "Сымбат", "Толқын", "Үміт");
    /** Surnames in the male form; the female form adds -а (-ов, -ев, -ин) or takes -қызы for -ұлы. */
    private static final List<String> KK_SURNAMES = List.of("Жақсылықов", "Тлеубаев", "Омаров", "Сейітов", "Нұрмағамбетов", "Қасымов",
            "Абдрахманов", "Жұмабаев", "Есенов", "Бекмұхамбетов", "Оспанов", "Сәрсенбаев", "Темірханов", "Әбдіқадыров", "Мұхтаров",
            "Байжанов", "Серікбаев", "Тоқтаров", "Құдайбергенов", "Ысқақов", "Иманғалиев", "Ахметов", "Әлиев", "Дүйсенбаев",
            "Ермеков", "Қожахметов", "Рахымжанов", "Сұлтанов", "Төлегенов", "Шәріпов", "Үсенов", "Бөкеев", "Жанұзақов", "Кенжебаев",
            "Мамыров", "Нұрғалиев", "Сағынтаев", "Тұрсынов", "Өмірзақов", "Ғабдуллин", "Әбілов", "Бейсенов", "Жолдасбеков",
            "Қалиев", "Смағұлов", "Тәжібаев", "Шайхиев", "Ізбасаров", "Мұратбеков", "Айтқалиев", "Бердібеков", "Есімов",
            "Жүнісов", "Қуанышев", "Мырзахметов", "Сапаров", "Төреханов", "Ыбыраев", "Әуезов", "Балтабаев", "Досмағамбетов",
            "Ерғалиев", "Жексенбаев", "Қабдолов", "Құрманов", "Нұрпейісов", "Оразбаев", "Рысқұлов", "Сыздықов", "Тасболатов",
            "Ұзақбаев", "Шоқанов", "Әлімжанов", "Бекболатұлы", "Серікұлы", "Нұрланұлы", "Ерланұлы", "Жандосұлы", "Қайратұлы");
    private static final List<String> RU_MALE = List.of("Алексей", "Андрей", "Сергей", "Дмитрий", "Михаил", "Николай", "Иван",
            "Павел", "Олег", "Владимир", "Евгений", "Игорь", "Константин", "Максим", "Артём", "Виктор", "Юрий", "Георгий", "Фёдор",
            "Денис", "Илья", "Роман", "Кирилл", "Григорий", "Антон", "Вадим", "Борис", "Леонид", "Станислав", "Ярослав", "Тимофей",
            "Глеб", "Святослав", "Аркадий");
    private static final List<String> RU_FEMALE = List.of("Анна", "Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Екатерина",
            "Ирина", "Светлана", "Юлия", "Дарья", "Ксения", "Людмила", "Валентина", "Алёна", "Вера", "Надежда", "Полина", "Софья",
            "Галина", "Марина", "Евгения", "Лидия", "Алла", "Жанна", "Варвара", "Зоя", "Кира");
    private static final List<String> RU_SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
            "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
            "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев",
            "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев",
            "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов",
            "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров",
            "Добровольский", "Яблонский", "Щербаков", "Цветков", "Чернышёв", "Хохлов", "Юдин", "Шубин", "Эйдельман", "Рыжов");
    private static final List<String> LATN_MALE = List.of("Dilshod", "Jasur", "Sherzod", "Bekzod", "Rustam", "Otabek", "Azamat",
            "Nurbek", "Bakyt", "Tilek", "Ulan", "Jan", "Tomas", "Ales", "Pavel", "Mikalai", "Andrius", "Giorgi", "Levan", "Farrukh");
    private static final List<String> LATN_FEMALE = List.of("Nodira", "Dilnoza", "Gulnora", "Malika", "Shahnoza", "Zarina", "Aizada",
            "Cholpon", "Nurzhan", "Ana", "Marta", "Katsiaryna", "Ieva", "Nino", "Tamar", "Sevara");
    private static final List<String> LATN_SURNAMES = List.of("Karimov", "Rashidov", "Tursunov", "Yusupov", "Abdullayev", "Mirzayev",
            "Xolmatov", "Qodirov", "Ergashev", "Saidov", "Gʻulomov", "Oʻrinboyev", "Toktogulov", "Asanov", "Beishenaliev",
            "Kowalczyk", "Novák", "Kazlou", "Bialiatski", "Kavaliauskas", "Beridze", "Kapanadze", "Müller", "Sørensen");

    private static final Map<Character, String> COMMON = Map.ofEntries(Map.entry('а', "a"), Map.entry('ә', "a"), Map.entry('б', "b"),
            Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('ғ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('қ', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "n"), Map.entry('о', "o"), Map.entry('ө', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ұ', "u"),
            Map.entry('ү', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('һ', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('і', "i"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));
    /** A second, Kazakh-Latin-like spelling: q, gh, j, h, i for й, ia/iu; what some publications and documents use. */
    private static final Map<Character, String> ALTERNATIVE = Map.ofEntries(Map.entry('қ', "q"), Map.entry('ғ', "gh"),
            Map.entry('ж', "j"), Map.entry('х', "h"), Map.entry('й', "i"), Map.entry('я', "ia"), Map.entry('ю', "iu"),
            Map.entry('ү', "ü"), Map.entry('ө', "ö"), Map.entry('ә', "ä"), Map.entry('ң', "ng"), Map.entry('ё', "e"));
    /** Kazakh letters as Russian-language documents write them. */
    private static final Map<Character, Character> RUSSIAN_FORM = Map.of('ә', 'а', 'қ', 'к', 'ң', 'н', 'ғ', 'г', 'ұ', 'у', 'ү', 'у',
            'і', 'и', 'ө', 'о', 'һ', 'х');

    private Names() {
    }

    static Generated next(SplittableRandom random) {
        int origin = random.nextInt(100);
        boolean female = random.nextBoolean();
        if (origin < 50) {
            String first = pick(random, female ? KK_FEMALE : KK_MALE);
            String last = feminine(pick(random, KK_SURNAMES), female);
            String native_ = first + " " + last;
            List<Name> names = new java.util.ArrayList<>();
            names.add(new Name(native_, "kk", "Cyrl", "NATIVE"));
            if (random.nextInt(100) < 60) {
                names.add(new Name(latin(native_, true), "kk", "Latn", "TRANSLITERATION"));
            }
            String russian = russianForm(native_);
            if (!russian.equals(native_) && random.nextInt(100) < 50) {
                names.add(new Name(russian, "ru", "Cyrl", "TRANSLITERATION"));
            }
            return new Generated(latin(native_, false), female, List.copyOf(names), "KZ");
        }
        if (origin < 85) {
            String first = pick(random, female ? RU_FEMALE : RU_MALE);
            String last = feminine(pick(random, RU_SURNAMES), female);
            String native_ = first + " " + last;
            List<Name> names = new java.util.ArrayList<>();
            names.add(new Name(native_, "ru", "Cyrl", "NATIVE"));
            if (random.nextInt(100) < 40) {
                names.add(new Name(latin(native_, true), "en", "Latn", "TRANSLITERATION"));
            }
            return new Generated(latin(native_, false), female, List.copyOf(names), "RU");
        }
        String first = pick(random, female ? LATN_FEMALE : LATN_MALE);
        String last = pick(random, LATN_SURNAMES);
        if (female && (last.endsWith("ov") || last.endsWith("ev"))) {
            last = last + "a";
        }
        String full = first + " " + last;
        List<Name> names = random.nextInt(100) < 50 ? List.of(new Name(full, "und", "Latn", "NATIVE")) : List.of();
        return new Generated(full, female, names, "OTHER");
    }

    private static String feminine(String surname, boolean female) {
        if (!female) {
            return surname;
        }
        if (surname.endsWith("ұлы")) {
            return surname.substring(0, surname.length() - 3) + "қызы";
        }
        if (surname.endsWith("ский")) {
            return surname.substring(0, surname.length() - 4) + "ская";
        }
        if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв") || surname.endsWith("ин")) {
            return surname + "а";
        }
        return surname;
    }

    /** The Latin spelling of a Cyrillic name, as most publications give it, or the alternative one. */
    static String latin(String cyrillic, boolean alternative) {
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (char c : cyrillic.toCharArray()) {
            char lower = Character.toLowerCase(c);
            String mapped = alternative && ALTERNATIVE.containsKey(lower) ? ALTERNATIVE.get(lower) : COMMON.get(lower);
            if (mapped == null) {
                out.append(c);
                wordStart = !Character.isLetter(c);
                continue;
            }
            if (wordStart && lower == 'е' && !alternative) {
                mapped = "ye";
            }
            if (Character.isUpperCase(c) && !mapped.isEmpty()) {
                mapped = Character.toUpperCase(mapped.charAt(0)) + mapped.substring(1);
            }
            out.append(mapped);
            wordStart = false;
        }
        return out.toString();
    }

    private static String russianForm(String kazakh) {
        StringBuilder out = new StringBuilder(kazakh.length());
        for (char c : kazakh.toCharArray()) {
            char lower = Character.toLowerCase(c);
            Character mapped = RUSSIAN_FORM.get(lower);
            out.append(mapped == null ? c : Character.isUpperCase(c) ? Character.toUpperCase(mapped) : mapped);
        }
        return out.toString();
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
