package org.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kroniek.core.Timex;

/**
 * Dutch phenomena with dcts other than the shared sample's: each row is dct | sentence | expected text | type |
 * value | mod. 2018-06-20 is a Wednesday (ISO week 2018-W25); 2019-01-03 a Thursday.
 */
class DutchTimexTest {
    private static final TimexAnnotator ANNOTATOR = new TimexAnnotator();

    @ParameterizedTest(name = "{1} -> {2} {4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2018-06-20 | De minister zei maandag dat hij blijft.                | maandag            | DATE | 2018-06-18 | null
            2018-06-20 | De raad vergaderde woensdag tot laat.                  | woensdag           | DATE | 2018-06-20 | null
            2018-06-20 | De Kamer debatteert vrijdag over de begroting.         | vrijdag            | DATE | 2018-06-22 | null
            2018-06-20 | Dinsdag zal de premier het besluit toelichten.         | Dinsdag            | DATE | 2018-06-26 | null
            2018-06-20 | De minister heeft maandag het rapport gepubliceerd.    | maandag            | DATE | 2018-06-18 | null
            2018-06-20 | De premier zei woensdag dat de Kamer vrijdag stemt.    | vrijdag            | DATE | 2018-06-22 | null
            2018-06   | De politie hield zaterdag twee mannen aan.              | zaterdag           | DATE | XXXX-WXX-6 | null
            2018-06-20 | Gisteren kwam het kabinet bijeen.                      | Gisteren           | DATE | 2018-06-19 | null
            2018-06-20 | Overmorgen begint de zomer.                            | Overmorgen         | DATE | 2018-06-22 | null
            2018-06-20 | Vannacht brak er brand uit.                            | Vannacht           | TIME | 2018-06-20TNI | null
            2018-06-20 | Gistermiddag ging het mis.                             | Gistermiddag       | TIME | 2018-06-19TAF | null
            2018-06-20 | Morgenochtend vertrekt de delegatie.                   | Morgenochtend      | TIME | 2018-06-21TMO | null
            2018-06-20 | Vrijdagnacht werd ingebroken in de school.             | Vrijdagnacht       | TIME | 2018-06-15TNI | null
            2018-06-20 | Zondagmiddag speelt het orkest in het park.            | Zondagmiddag       | TIME | 2018-06-24TAF | null
            2018-06   | Vanavond wordt de uitslag bekend.                       | Vanavond           | TIME | XXXX-XX-XXTEV | null
            2018-06-20 | Vorige week stegen de prijzen.                         | Vorige week        | DATE | 2018-W24 | null
            2019-01-03 | Volgende week valt het besluit.                        | Volgende week      | DATE | 2019-W02 | null
            2019-01-03 | Vorige maand kwam het rapport uit.                     | Vorige maand       | DATE | 2018-12 | null
            2019-01   | Vorig jaar groeide de economie.                         | Vorig jaar         | DATE | 2018 | null
            2019-01   | Eind vorig jaar viel het kabinet.                       | Eind vorig jaar    | DATE | 2018 | END
            2019-01   | Begin februari komt er een besluit.                     | Begin februari     | DATE | 2019-02 | START
            2019-01-03 | In december werd het akkoord gesloten.                 | december           | DATE | 2018-12 | null
            2018-06-20 | Halverwege volgend jaar moet het klaar zijn.           | Halverwege volgend jaar | DATE | 2019 | MID
            2018-06-20 | Later deze week komt de minister met een brief.        | Later deze week    | DATE | 2018-W25 | null
            2018-06-20 | Het kabinet besloot op 4 juni tot de maatregel.        | 4 juni             | DATE | 2018-06-04 | null
            2018-06-20 | De rechtszaak begint op 9 september.                   | 9 september        | DATE | 2018-09-09 | null
            2018-06-20 | Op dinsdag 3 juli 2018 tekent de minister.             | dinsdag 3 juli 2018 | DATE | 2018-07-03 | null
            2018-06-20 | Het bericht is van 14-06-2018.                         | 14-06-2018         | DATE | 2018-06-14 | null
            2018-06-20 | De brief is gedateerd 5/6/18.                          | 5/6/18             | DATE | 2018-06-05 | null
            2018-06-20 | Het nieuws kwam om 08.15 uur binnen.                   | 08.15 uur          | TIME | 2018-06-20T08:15 | null
            2018-06-20 | De aanslag was op 11 september 2001 om 8.46 uur.       | 11 september 2001 om 8.46 uur | TIME | 2001-09-11T08:46 | null
            2018-06-20 | De dijk werd in de jaren vijftig verhoogd.             | de jaren vijftig   | DATE | 195 | null
            2018-06-20 | Dat was in de jaren '80 heel gewoon.                   | de jaren '80       | DATE | 198 | null
            2018-06-20 | In de negentiende eeuw groeide de stad.                | de negentiende eeuw | DATE | 18 | null
            2018-06-20 | In het najaar van 2019 volgt de tweede fase.           | het najaar van 2019 | DATE | 2019-FA | null
            2018-06-20 | Vorige winter vroor het hard.                          | Vorige winter      | DATE | 2017-WI | null
            2018-06-20 | Het derde kwartaal van 2018 was sterk.                 | Het derde kwartaal van 2018 | DATE | 2018-Q3 | null
            2018-06-20 | Vorig kwartaal daalde de omzet.                        | Vorig kwartaal     | DATE | 2018-Q1 | null
            2018-06-20 | In week 30 gaan de scholen dicht.                      | week 30            | DATE | 2018-W30 | null
            2018-06-20 | Tweede Pinksterdag viel dit jaar op 21 mei.            | Tweede Pinksterdag | DATE | 2018-05-21 | null
            2018-06-20 | Met Pasen 2019 gaat de kerk weer open.                 | Pasen 2019         | DATE | 2019-04-21 | null
            2018-06-20 | Op Koningsdag is het druk in Amsterdam.                | Koningsdag         | DATE | 2019-04-27 | null
            2018-06-20 | Op kerstavond zingt het koor.                          | kerstavond         | TIME | 2018-12-24TEV | null
            2018-06-20 | Vijf dagen geleden vertrok het schip.                  | Vijf dagen geleden | DATE | 2018-06-15 | null
            2018-06-20 | Twee maanden geleden begon de verbouwing.              | Twee maanden geleden | DATE | 2018-04 | null
            2018-06-20 | Over drie weken valt het besluit.                      | Over drie weken    | DATE | 2018-W28 | null
            2018-06-20 | Ruim twee jaar geleden sloot de fabriek.               | Ruim twee jaar geleden | DATE | 2016 | BEFORE
            2018-06-20 | Het onderzoek duurde vier maanden.                     | vier maanden       | DURATION | P4M | null
            2018-06-20 | De staking duurde bijna drie weken.                    | bijna drie weken   | DURATION | P3W | LESS_THAN
            2018-06-20 | Hij zat ongeveer tien jaar in de raad.                 | ongeveer tien jaar | DURATION | P10Y | APPROX
            2018-06-20 | De bouw duurt anderhalve maand.                        | anderhalve maand   | DURATION | P1.5M | null
            2018-06-20 | De rit duurt twee uur.                                 | twee uur           | DURATION | PT2H | null
            2018-06-20 | De afgelopen vijf jaar daalde het aantal.              | De afgelopen vijf jaar | DURATION | P5Y | null
            2018-06-20 | Er wordt al jarenlang over gesproken.                  | jarenlang          | DURATION | PXY | null
            2018-06-20 | De bus rijdt elke zaterdag naar de stad.               | elke zaterdag      | SET | XXXX-WXX-6 | null
            2018-06-20 | De krant verschijnt wekelijks.                         | wekelijks          | SET | P1W | null
            2018-06-20 | Elk jaar komen er meer toeristen.                      | Elk jaar           | SET | P1Y | null
            2018-06-20 | Momenteel wordt er onderhandeld.                       | Momenteel          | DATE | PRESENT_REF | null
            2018-06-20 | De partijen willen binnenkort verder praten.           | binnenkort         | DATE | FUTURE_REF | null
            2018-06-20 | Onlangs werd hij benoemd.                              | Onlangs            | DATE | PAST_REF | null
            2018-06-20 | Eerder deze maand trad hij af.                         | Eerder deze maand  | DATE | 2018-06 | null
            2018-06-20 | De wet geldt sinds 2014.                               | 2014               | DATE | 2014 | null
            2000-05-15 | Het arrest dat het hof woensdag geveld heeft, is streng. | woensdag         | DATE | 2000-05-10 | null
            2000-05-15 | De beurs gaat morgen open.                             | morgen             | DATE | 2000-05-16 | null
            2000-05-15 | Kort na zeven uur kwam de verlossing.                  | zeven uur          | TIME | 2000-05-15T07:00 | null
            2000-05-15 | vrijdag , 2 juni 2000                                  | vrijdag , 2 juni 2000 | DATE | 2000-06-02 | null
            2000-05-15 | De verenigingen vragen voor de zomer concrete maatregelen. | de zomer       | DATE | 2000-SU | null
            2017-03-15 | Het incident gebeurde in de nacht van zaterdag op zondag. | de nacht van zaterdag op zondag | TIME | 2017-03-11TNI | null
            2017-03-15 | De premier sprak maandagavond om 20.00 uur met Merkel. | maandagavond om 20.00 uur | TIME | 2017-03-13T20:00 | null
            2017-03-15 | De winkels gaan om half negen open.                    | half negen         | TIME | 2017-03-15T08:30 | null
            2017-03-15 | Het gebeurde zaterdag jl. in Utrecht.                  | zaterdag jl.       | DATE | 2017-03-11 | null
            2017-03-15 | Eind jaren negentig ging het mis.                      | Eind jaren negentig | DATE | 199 | END
            2017-03-15 | Al decennia lang wordt erover gesproken.               | decennia lang      | DURATION | PXDE | null
            2000-05-15 | Gisterenavond om 18 uur viel het besluit.             | Gisterenavond      | TIME | 2000-05-14TEV | null
            2016-12-27 | Het afgelopen jaar was zwaar.                          | Het afgelopen jaar | DURATION | P1Y | null
            2016-12-27 | Afgelopen nacht was het onrustig.                      | Afgelopen nacht    | TIME | 2016-12-26TNI | null
            null       | De minister zei maandag dat het vorig jaar beter ging. | maandag            | DATE | XXXX-WXX-1 | null
            null       | Dat gebeurde op 4 juni.                                | 4 juni             | DATE | XXXX-06-04 | null
            """)
    void annotates(String dct, String sentence, String text, String type, String value, String mod) {
        List<Timex> found = ANNOTATOR.annotate(sentence, "nl", dct, Dct.granularityOf(dct));
        int start = sentence.indexOf(text);
        assertThat(found).as("timexes of '%s'", sentence)
                .contains(new Timex(start, start + text.length(), text, type, value, mod));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            De Financiële Morgen meldt het nieuws.                 | Morgen
            Op de morgen van de ramp was het stil.                 | morgen
            Frigo ( Ita ) 4:34 -- 10 .                             | 4:34
            In 2016 kwamen 1200 asielzoekers binnen.               | 1200
            Er zijn op het moment dat hij belt geen artsen.        | op het moment
            """)
    void notTimexes(String sentence, String word) {
        assertThat(ANNOTATOR.annotate(sentence, "nl", "2000-05-15", Dct.granularityOf("2000-05-15")))
                .extracting(Timex::text).doesNotContain(word);
    }
}
