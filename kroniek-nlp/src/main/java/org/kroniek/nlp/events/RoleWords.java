package org.kroniek.nlp.events;

import java.util.Set;

/** The function words that mark roles in one language: who acts ("door"), to whom ("tegen"), where ("in"). */
record RoleWords(Set<String> prepositions, Set<String> determiners, String agent, String of,
                 Set<String> targetPrepositions, Set<String> placePrepositions, Set<String> topicPrepositions,
                 Set<String> passiveAuxiliaries, String according, Set<String> backReferences,
                 Set<String> afterwordSpeech, Set<String> conjunctions, String leadPhrase,
                 Set<String> infinitiveMarkers, Set<String> reciprocals, Set<String> militaryWords,
                 Set<String> adjunctPrepositions) {

    static RoleWords forLanguage(String language) {
        if (language.equals("en")) {
            return new RoleWords(
                    Set.of("of", "in", "on", "at", "to", "from", "with", "by", "for", "against", "into", "over",
                            "about", "near", "toward", "towards", "under", "after", "before", "during", "since",
                            "between", "among", "across", "through", "without", "within", "outside"),
                    Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "some",
                            "several", "other", "both", "all", "senior", "top", "former", "main", "new"),
                    "by", "of", Set.of("against", "with", "on", "to", "toward", "towards", "from", "at"),
                    Set.of("in", "near", "at", "outside"), Set.of("about", "over"),
                    Set.of("was", "were", "been", "being", "is", "are", "be"), "according",
                    Set.of(), Set.of("said", "says", "told", "added", "reported", "stated", "announced"),
                    Set.of("and", ","), "led by", Set.of("to"), Set.of("each", "one"),
                    Set.of("military", "army", "troops", "forces"),
                    Set.of("with", "without", "after", "before", "during", "since", "despite", "amid"));
        }
        return new RoleWords(Set.of(), Set.of(), "door", "van",
                Set.of("met", "tegen", "op", "tot", "aan", "naar", "jegens", "tegenover"),
                Set.of("in", "bij", "nabij", "rond", "buiten"), Set.of("over"), Set.of("worden"), "volgens",
                Set.of("dat", "dit", "zo"), Set.of("aldus"), Set.of("en", ","), "onder leiding van",
                Set.of("te"), Set.of("elkaar"), Set.of("militair", "leger", "strijdkracht", "troep"),
                Set.of("met", "zonder", "ter", "tijdens", "na", "voor", "sinds", "ondanks", "vanwege", "wegens"));
    }
}
