package org.kroniek.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.kroniek.core.DocumentJson;

/** A JSON Lines corpus of short Dutch items built from a template, each with a unique marker word. */
final class GeneratedCorpus {
    private static final String[] SENTENCES = {
        "De gemeenteraad vergaderde dinsdagavond over de nieuwe begroting.",
        "Volgens de wethouder is er geen geld voor extra handhavers.",
        "De oppositie noemde het plan onverantwoord en vroeg om uitstel.",
        "Bewoners van de wijk kwamen in groten getale naar het stadhuis.",
        "Een woordvoerder van de provincie wilde niet reageren.",
        "Het waterschap waarschuwt voor hoge waterstanden in de rivier.",
        "De politie zette de straat urenlang af na een melding.",
        "Het ministerie onderzoekt of de regeling kan worden verlengd.",
        "De vakbond dreigt met acties als er geen akkoord komt.",
        "De rechter doet over twee weken uitspraak in de zaak.",
        "Op het station liepen reizigers vertraging op door een storing.",
        "De burgemeester sprak van een zwarte dag voor de stad.",
        "Het bedrijf schrapt honderd banen op het hoofdkantoor.",
        "De school blijft voorlopig dicht vanwege lekkage in het dak.",
        "Boeren protesteerden met trekkers op de provinciale weg.",
        "De brandweer had het vuur na een uur onder controle.",
        "Het kabinet wil de maatregel nog dit jaar invoeren.",
        "Onderzoekers vonden sporen van vervuiling in het grondwater.",
        "De club ontsloeg de trainer na de vijfde nederlaag op rij.",
        "In het ziekenhuis zijn de wachtlijsten opnieuw gegroeid.",
        "De supermarkt verhoogt de prijzen van zuivel en brood.",
        "Een getuige zag twee mannen wegrennen in de richting van het park.",
        "De provincie trekt extra geld uit voor fietspaden.",
        "De omwonenden vrezen overlast van het nieuwe distributiecentrum.",
    };

    private GeneratedCorpus() {
    }

    static String marker(int n) {
        return "kenmerkq" + n + "x";
    }

    static void write(Path file, int documents) throws IOException {
        Random random = new Random(20261123L);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int n = 0; n < documents; n++) {
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < 6; s++) {
                    text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
                }
                text.append("Dossier ").append(marker(n)).append(" is bijgewerkt.");
                var line = new java.util.LinkedHashMap<String, Object>();
                line.put("id", String.format("gen-%05d", n));
                line.put("title", "Bericht " + n);
                line.put("date", String.format("2025-%02d-%02d", 1 + n % 12, 1 + n % 28));
                line.put("publisher", "Testbureau");
                line.put("language", "nl");
                line.put("text", text.toString());
                out.write(DocumentJson.toLine(line));
                out.newLine();
            }
        }
    }
}
