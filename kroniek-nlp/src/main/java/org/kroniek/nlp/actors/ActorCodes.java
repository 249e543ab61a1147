package org.kroniek.nlp.actors;

/** Small helpers on CAMEO-style codes: {@code RUS}, {@code RUS:GOV}, {@code IGO:UN}. */
public final class ActorCodes {
    private ActorCodes() {
    }

    /** The part before the colon: the country, or {@code IGO}. */
    public static String country(String code) {
        int colon = code.indexOf(':');
        return colon < 0 ? code : code.substring(0, colon);
    }

    /** Whether the code names an international organisation, which takes no country role. */
    public static boolean isIgo(String code) {
        return code != null && code.startsWith("IGO");
    }

    /** The country with a role ({@code RUS} + {@code GOV}); an IGO code is kept as it is. */
    public static String withRole(String code, String role) {
        if (code == null || role == null || isIgo(code)) {
            return code;
        }
        return country(code) + ":" + role;
    }
}
