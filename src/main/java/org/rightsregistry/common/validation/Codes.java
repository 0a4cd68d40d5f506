package org.rightsregistry.common.validation;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The code lists that record fields are checked against. */
public final class Codes {

    /** ISO 3166-1 alpha-2, plus XK (Kosovo), which international bodies use although ISO has not assigned it. */
    public static final Set<String> COUNTRIES = Set.copyOf(java.util.stream.Stream.concat(
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream(), java.util.stream.Stream.of("XK"))
            .collect(Collectors.toSet()));

    /** ISO 4217, plus MRP: Kazakhstan's monthly calculation index, in which its courts set fines. */
    public static final Set<String> CURRENCIES = Set.copyOf(java.util.stream.Stream.concat(
            Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode), java.util.stream.Stream.of("MRP"))
            .collect(Collectors.toSet()));

    private static final Pattern SCRIPT = Pattern.compile("[A-Z][a-z]{3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*");

    private Codes() {
    }

    public static boolean isCountry(String code) {
        return COUNTRIES.contains(code);
    }

    public static boolean isCurrency(String code) {
        return CURRENCIES.contains(code);
    }

    public static boolean isScript(String code) {
        return SCRIPT.matcher(code).matches();
    }

    /** A well-formed BCP 47 tag whose primary language is a known ISO 639 code. */
    public static boolean isLanguage(String tag) {
        if (tag.length() > 35 || !LANGUAGE.matcher(tag).matches()) {
            return false;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return !locale.getLanguage().isEmpty() && !locale.getISO3Language().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
