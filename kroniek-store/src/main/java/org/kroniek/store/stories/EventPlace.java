package org.kroniek.store.stories;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where an event took place, as event coreference compares places: its name, the country it lies in (the code
 * the document's own actor linking gave the name, country part) and whether the name is that country itself.
 * So "Astana" lies within "Kazakhstan" (both coded KAZ, the second a country), while "Aleppo" and "Damascus"
 * (both SYR, neither the country) are two places. Whether a name is its country is read from the JDK's ISO 3166
 * table (the CAMEO country codes are ISO alpha-3 codes; canonical names are English): the store does not depend
 * on the analysis modules and their actor knowledge base.
 *
 * @param name    the event's location as stored (a canonical name)
 * @param country the country code, upper case, or null when the name was not linked to an actor
 * @param isCountry whether the name is the English name of that country
 */
record EventPlace(String name, String country, boolean isCountry) {

    static EventPlace of(String name, String actorCode) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String country = null;
        if (actorCode != null && !actorCode.isBlank()) {
            String code = actorCode.toUpperCase(Locale.ROOT);
            int colon = code.indexOf(':');
            country = colon < 0 ? code : code.substring(0, colon);
        }
        return new EventPlace(name, country, country != null && namesCountry(name, country));
    }

    /** The same place, or one lying within the other (a city within its country). */
    boolean sameOrWithin(EventPlace other) {
        if (name.equalsIgnoreCase(other.name)) {
            return true;
        }
        return country != null && country.equals(other.country) && (isCountry || other.isCountry);
    }

    /** ISO alpha-3 code -> English country name, lower case. */
    private static final Map<String, String> COUNTRY_NAMES = countryNames();

    private static boolean namesCountry(String name, String country) {
        return name.toLowerCase(Locale.ROOT).equals(COUNTRY_NAMES.get(country));
    }

    private static Map<String, String> countryNames() {
        Map<String, String> names = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = Locale.of("", alpha2);
            names.put(locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return Map.copyOf(names);
    }
}
