package dev.unspin.config;

import dev.unspin.text.EditDistance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a source language code ({@code --source-language}, {@code source-language} in .unspin.yml) against the ISO 639-1 codes the JDK knows
 * ({@link Locale#getISOLanguages()}). An unknown code is refused with close ones: the language of a
 * country when the code is a country code ({@code kr}: {@code ko}), then codes one letter away that
 * keep the first letter, then codes one letter away that keep the second, at most three.
 */
public final class SourceLanguage {
    private static final int MAX_SUGGESTIONS = 3;
    private static final Set<String> CODES = new TreeSet<>(Arrays.asList(Locale.getISOLanguages()));

    private SourceLanguage() {
    }

    /** The code in lower case; IllegalArgumentException with suggestions when it is not a known code other than en. */
    public static String code(String given) {
        Optional<String> problem = problem(given);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("--source-language" + (given.equalsIgnoreCase("en") ? " " : ": ") + problem.get());
        }
        return given.toLowerCase(Locale.ROOT);
    }

    /** Why {@code given} is not a source language code (with close ones when there are), if it is not. */
    public static Optional<String> problem(String given) {
        String lower = given.toLowerCase(Locale.ROOT);
        if (lower.equals("en")) {
            return Optional.of("expects the language the text was translated from, not en");
        }
        if (lower.matches("[a-z]{2}") && CODES.contains(lower)) {
            return Optional.empty();
        }
        List<String> close = suggestions(lower);
        return Optional.of("unknown ISO 639-1 code '" + given + "'"
                + (close.isEmpty() ? "; use a two-letter code such as de, fr or ko" : "; did you mean " + String.join(", ", close) + "?"));
    }

    /**
     * A note when a valid {@code code} is more likely a country code typed for its language: the language
     * has no locale data in the JDK (few texts are translated from it) and the code is also the country
     * code of a country with locale data in other languages ({@code kr}: Kanuri, and KR is Korea, {@code ko}).
     * Such a code is accepted, since the language exists, but not silently.
     */
    public static Optional<String> ambiguity(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        if (!CODES.contains(lower) || hasLocaleData(lower)) {
            return Optional.empty();
        }
        Set<String> countryLanguages = countryLanguages(lower);
        countryLanguages.remove(lower);
        if (countryLanguages.isEmpty()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(lower).getDisplayLanguage(Locale.ENGLISH);
        return Optional.of("--source-language " + lower + " is " + language + "; if you meant the language of "
                + lower.toUpperCase(Locale.ROOT) + " (a country code), use " + String.join(" or ", countryLanguages));
    }

    private static boolean hasLocaleData(String language) {
        for (Locale locale : Locale.getAvailableLocales()) {
            if (locale.getLanguage().equals(language)) {
                return true;
            }
        }
        return false;
    }

    public static List<String> suggestions(String code) {
        Set<String> close = new LinkedHashSet<>(countryLanguages(code));
        if (code.length() == 2) {
            for (String known : CODES) {
                if (known.charAt(0) == code.charAt(0) && EditDistance.between(known, code) == 1) {
                    close.add(known);
                }
            }
            for (String known : CODES) {
                if (known.charAt(1) == code.charAt(1) && EditDistance.between(known, code) == 1) {
                    close.add(known);
                }
            }
        }
        close.remove("en");
        return new ArrayList<>(close).subList(0, Math.min(MAX_SUGGESTIONS, close.size()));
    }

    /** The languages written with a country code in the JDK's locales ({@code kr}: {@code ko}), sorted. */
    private static Set<String> countryLanguages(String code) {
        Set<String> languages = new TreeSet<>();
        if (code.length() != 2) {
            return languages;
        }
        String country = code.toUpperCase(Locale.ROOT);
        for (Locale locale : Locale.getAvailableLocales()) {
            if (locale.getCountry().equals(country) && locale.getVariant().isEmpty() && locale.getScript().isEmpty()
                    && CODES.contains(locale.getLanguage())) {
                languages.add(locale.getLanguage());
            }
        }
        return languages;
    }
}
