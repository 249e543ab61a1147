package org.kroniek.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionWordVoteTest {
    private static final String DUTCH = "De gemeenteraad van Zwolle heeft dinsdagavond ingestemd met de bouw van een"
            + " nieuwe fietsbrug over de IJssel. Volgens de wethouder is de brug over twee jaar klaar. De oppositie"
            + " vindt het plan te duur en wil dat er eerst een onderzoek komt naar de kosten.";
    private static final String ENGLISH = "The city council voted on Tuesday to build a new bridge over the river."
            + " The mayor said the bridge would be ready in two years, but the opposition argued that the plan was"
            + " too expensive and called for a review of the costs before any work starts.";
    private static final String GERMAN = "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Fluss"
            + " beschlossen. Die Bürgermeisterin sagte, die Brücke werde in zwei Jahren fertig sein, aber die"
            + " Opposition hält den Plan für zu teuer und fordert eine Überprüfung der Kosten.";
    private static final String SPANISH = "El ayuntamiento de la ciudad aprobó el martes la construcción de un nuevo"
            + " puente sobre el río. Según el alcalde, el puente estará listo en dos años, pero la oposición considera"
            + " que el plan es demasiado caro y pide una revisión de los costes.";
    private static final String FRENCH = "Le conseil municipal a approuvé mardi la construction d'un nouveau pont sur"
            + " la rivière. Selon le maire, le pont sera prêt dans deux ans, mais l'opposition estime que le projet"
            + " est trop cher et demande un examen des coûts avant le début des travaux.";

    @Test
    void clearDutchAndEnglishAreDecided() {
        assertThat(FunctionWordVote.decide(DUTCH)).isEqualTo("nl");
        assertThat(FunctionWordVote.decide(ENGLISH)).isEqualTo("en");
    }

    @Test
    void otherLanguagesAreLeftToTheModel() {
        assertThat(FunctionWordVote.decide(GERMAN)).isNull();
        assertThat(FunctionWordVote.decide(SPANISH)).isNull();
        assertThat(FunctionWordVote.decide(FRENCH)).isNull();
    }

    @Test
    void shortOrMixedTextIsLeftToTheModel() {
        assertThat(FunctionWordVote.decide("De brug is open.")).isNull();
        assertThat(FunctionWordVote.decide(DUTCH.substring(0, 120) + " " + ENGLISH)).isNull();
    }

    @Test
    void identifierStillCallsGermanGerman() {
        LanguageGuess guess = new LanguageIdentifier().identify(GERMAN);
        assertThat(guess.language()).isEqualTo("de");
        assertThat(guess.basis()).isEqualTo(LanguageGuess.Basis.MODEL);
        assertThat(new LanguageIdentifier().identify(DUTCH).basis()).isEqualTo(LanguageGuess.Basis.FUNCTION_WORDS);
    }
}
