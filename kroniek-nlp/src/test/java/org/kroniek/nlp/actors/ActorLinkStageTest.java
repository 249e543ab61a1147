package org.kroniek.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kroniek.nlp.actors.Documents.entity;
import static org.kroniek.nlp.actors.Documents.mention;
import static org.kroniek.nlp.actors.Documents.tagged;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Mention;

class ActorLinkStageTest {
    private static final ActorLinkStage STAGE = new ActorLinkStage(ActorKnowledgeBase.load(List.of()));

    private static Document linked(String dct, String text, String... entities) {
        Document doc = tagged("nl", dct, text, entities);
        STAGE.process(doc);
        return doc;
    }

    @Test
    void aNationalityAdjectiveTakesTheRoleOfTheNounItModifies() {
        Document doc = linked("2019-03-01",
                "De Franse regering stuurt troepen. Het Duitse leger oefent met Chinese steun. "
                        + "Leden van de Iraanse oppositie en Egyptische rebellen protesteren. "
                        + "Het Turkse conflict duurt voort. De Amerikaanse operaties in Irak stoppen, de Britse operatie niet.",
                "Franse/MISC", "Duitse/MISC", "Chinese/MISC", "Iraanse/MISC", "Egyptische/MISC", "Turkse/MISC",
                "Amerikaanse/MISC", "Irak/LOC", "Britse/MISC");
        assertThat(doc.getEntities()).extracting(Entity::actor).containsExactly("FRA:GOV", "DEU:MIL", "CHN",
                "IRN:OPP", "EGY:REB", "TUR", "USA:MIL", "IRQ", "GBR");
        assertThat(entity(doc, "Franse", 0).canonical()).isEqualTo("France");
    }

    @Test
    void aTitleGivesAPersonRoleAndCountryEvenWhenTheKnowledgeBaseDoesNotKnowThem() {
        Document doc = linked("2021-06-01",
                "Dat zei de Noorse minister van Defensie Ingrid Haraldsen woensdag. Haraldsen wil meer schepen. "
                        + "De Noorse president Ola Berg zweeg.",
                "Noorse/MISC", "Ingrid Haraldsen/PER", "Haraldsen/PER", "Noorse/MISC", "Ola Berg/PER");
        assertThat(entity(doc, "Ingrid Haraldsen", 0).actor()).isEqualTo("NOR:GOV");
        assertThat(entity(doc, "Ingrid Haraldsen", 0).canonical()).isEqualTo("local:ingrid-haraldsen");
        assertThat(entity(doc, "Haraldsen", 0).canonical()).isEqualTo("local:ingrid-haraldsen");
        assertThat(entity(doc, "Haraldsen", 0).actor()).isEqualTo("NOR:GOV");
        // Before a title with a name, the adjective is the person's nationality, not the government.
        assertThat(entity(doc, "Noorse", 0).actor()).isEqualTo("NOR");
        Mention surname = mention(doc, "Haraldsen");
        assertThat(surname.via()).isEqualTo("surname");
        assertThat(doc.getMentions().get(surname.antecedent()).text()).isEqualTo("Ingrid Haraldsen");
    }

    @Test
    void anIgoCompoundTitleMakesItsHolderActForTheIgo() {
        Document doc = linked("2022-05-01", "De VN-gezant voor Jemen, Hans Grundberg, reist naar Aden.",
                "Jemen/LOC", "Hans Grundberg/PER", "Aden/LOC");
        assertThat(entity(doc, "Hans Grundberg", 0).actor()).isEqualTo("IGO:UN");
        assertThat(entity(doc, "Aden", 0).actor()).isEqualTo("YEM");
    }

    @Test
    void theKnowledgeBaseGivesRolesOnTheDocumentDate() {
        Document doc = linked("2015-02-01", "Poetin sprak met Merkel. Later belde Merkel met Kerry.",
                "Poetin/PER", "Merkel/PER", "Merkel/PER", "Kerry/PER");
        assertThat(doc.getEntities()).extracting(Entity::canonical).containsExactly("Vladimir Putin",
                "Angela Merkel", "Angela Merkel", "John Kerry");
        assertThat(doc.getEntities()).extracting(Entity::actor).containsExactly("RUS:GOV", "DEU:GOV", "DEU:GOV",
                "USA:GOV");
        assertThat(mention(doc, "Kerry").via()).isEqualTo("surname");
    }

    @Test
    void aCapitalActsForItsGovernmentButIsAPlaceWhereThingsHappen() {
        Document doc = linked("2020-01-10",
                "Peking wil praten. De top in Peking begint maandag. In Berlijn wordt gevreesd dat het misgaat. "
                        + "Zij reisden naar Teheran. Volgens Washington is dat onzin.",
                "Peking/LOC", "Peking/LOC", "Berlijn/LOC", "Teheran/LOC", "Washington/LOC");
        assertThat(doc.getEntities()).extracting(Entity::actor).containsExactly("CHN:GOV", "CHN", "DEU:GOV", "IRN",
                "USA:GOV");
        assertThat(entity(doc, "Peking", 0).canonical()).isEqualTo("Beijing");
    }

    @Test
    void anAcronymDefinedInTheTextLinksToItsLongFormEvenWhenUnknown() {
        Document doc = linked("2020-01-10",
                "Het Nationaal Bevrijdingsfront (NBF) eist de stad op. Het NBF noemt dat onvermijdelijk.",
                "Nationaal Bevrijdingsfront/ORG", "NBF/ORG", "NBF/ORG");
        assertThat(doc.getEntities()).extracting(Entity::canonical).containsOnly("local:nationaal-bevrijdingsfront");
        assertThat(entity(doc, "NBF", 1).actor()).isNull();
        Mention acronym = doc.getMentions().stream().filter(m -> m.text().equals("NBF")).toList().get(1);
        assertThat(acronym.via()).isEqualTo("acronym");
        assertThat(doc.getMentions().get(acronym.antecedent()).text()).isEqualTo("Nationaal Bevrijdingsfront");
    }

    @Test
    void knownAcronymsAndCompassPrefixes() {
        Document doc = linked("2019-03-01", "De NAVO stuurt schepen naar Noord-Syrië en de Zuid-Oekraïne.",
                "NAVO/ORG", "Noord-Syrië/LOC", "Zuid-Oekraïne/LOC");
        assertThat(doc.getEntities()).extracting(Entity::canonical).containsExactly("NATO", "Northern Syria",
                "Southern Ukraine");
        assertThat(doc.getEntities()).extracting(Entity::actor).containsExactly("IGO:NATO", "SYR", "UKR");
    }

    @Test
    void descriptionsReferBackToTheActorTheyDescribe() {
        Document doc = linked("2016-05-01",
                "Turkije bombardeerde posities van het Vrije Syrische Leger. De rebellenkoepel sloeg terug. "
                        + "Irak protesteerde. Het land wil een onderzoek.",
                "Turkije/LOC", "Vrije Syrische Leger/ORG", "Irak/LOC");
        Mention koepel = mention(doc, "De rebellenkoepel");
        assertThat(koepel.canonical()).isEqualTo("Free Syrian Army");
        assertThat(koepel.actor()).isEqualTo("SYR:REB");
        assertThat(koepel.via()).isEqualTo("description");
        Mention land = mention(doc, "Het land");
        assertThat(land.actor()).isEqualTo("IRQ");
        assertThat(doc.getMentions().get(land.antecedent()).text()).isEqualTo("Irak");
    }

    @Test
    void theCountryIsLeftOpenWhenTwoCountriesCompete() {
        Document doc = linked("2016-05-01", "Turkije en Irak praten. Het land wil een onderzoek.",
                "Turkije/LOC", "Irak/LOC");
        assertThat(doc.getMentions()).noneMatch(m -> m.text().equals("Het land"));
    }

    @Test
    void aPronounLinksOnlyToTheOnePersonInView() {
        Document doc = linked("2016-05-01",
                "Lavrov sprak in Genève. Hij was tevreden. Kerry en Lavrov zwegen. Hij vertrok.",
                "Lavrov/PER", "Genève/LOC", "Kerry/PER", "Lavrov/PER");
        List<Mention> pronouns = doc.getMentions().stream().filter(m -> m.via().equals("pronoun")).toList();
        assertThat(pronouns).hasSize(1);
        assertThat(pronouns.get(0).text()).isEqualTo("Hij");
        assertThat(pronouns.get(0).canonical()).isEqualTo("Sergey Lavrov");
        assertThat(entity(doc, "Genève", 0).canonical()).isEqualTo("Geneva");
        assertThat(entity(doc, "Genève", 0).actor()).isEqualTo("CHE");
    }

    @Test
    void aSurnameAloneFindsTheOneNamesakeInOfficeAndNearSpellingsFindTheirPerson() {
        Document doc = linked("1995-06-01", "Assad ontving Bashar al-Asad niet.", "Assad/PER", "Bashar al-Asad/PER");
        assertThat(entity(doc, "Assad", 0).canonical()).isEqualTo("Hafez al-Assad");
        Document later = linked("2018-01-10", "Volgens vice-premier Mehmet Simzek groeit de economie van Turkije.",
                "Mehmet Simzek/PER", "Turkije/LOC");
        assertThat(entity(later, "Mehmet Simzek", 0).canonical()).isEqualTo("Mehmet Şimşek");
        assertThat(entity(later, "Mehmet Simzek", 0).actor()).isEqualTo("TUR:GOV");
    }

    @Test
    void theKremlinIsAnOrganisationWhateverTheTaggerSaid() {
        Document doc = linked("2016-05-01", "Het Kremlin zweeg.", "Kremlin/LOC");
        assertThat(entity(doc, "Kremlin", 0).type()).isEqualTo("ORG");
        assertThat(entity(doc, "Kremlin", 0).actor()).isEqualTo("RUS:GOV");
    }

    @Test
    void everyEntityIsAMentionInTextOrder() {
        Document doc = linked("2016-05-01", "Rusland en de VN praten. Ruud Kras zweeg.", "Rusland/LOC", "VN/ORG",
                "Ruud Kras/PER");
        assertThat(doc.getMentions()).extracting(Mention::text).containsExactly("Rusland", "VN", "Ruud Kras");
        assertThat(doc.getMentions()).extracting(Mention::via).containsExactly("name", "acronym", "local");
        assertThat(doc.getMentions().get(2).canonical()).isEqualTo("local:ruud-kras");
        assertThat(doc.getMentions().get(2).actor()).isNull();
    }

    @Test
    void englishTextWithoutATaggerIsMatchedAgainstTheKnowledgeBase() {
        Document doc = tagged("en", "2017-03-02",
                "Russian Foreign Minister Sergey Lavrov said on Tuesday that Moscow wants talks. "
                        + "Lavrov met the Syrian opposition in Geneva. The Turkish government and NATO disagreed.");
        STAGE.process(doc);
        assertThat(doc.getEntities()).extracting(Entity::text).containsExactly("Russian", "Sergey Lavrov",
                "Moscow", "Lavrov", "Syrian", "Geneva", "Turkish", "NATO");
        assertThat(doc.getEntities()).extracting(Entity::type).containsExactly("MISC", "PER", "LOC", "PER", "MISC",
                "LOC", "MISC", "ORG");
        assertThat(doc.getEntities()).extracting(Entity::actor).containsExactly("RUS", "RUS:GOV", "RUS:GOV",
                "RUS:GOV", "SYR:OPP", "CHE", "TUR:GOV", "IGO:NATO");
    }

    @Test
    void documentDaysReadFromTheDct() {
        assertThat(ActorLinkStage.day("2016-12-27T12:57")).hasToString("2016-12-27");
        assertThat(ActorLinkStage.day("2017-01")).hasToString("2017-01-01");
        assertThat(ActorLinkStage.day("2017")).hasToString("2017-01-01");
        assertThat(ActorLinkStage.day(null)).isNull();
        assertThat(ActorLinkStage.day("gisteren")).isNull();
    }

    @Test
    void roleRulesMatchCompoundHeads() {
        RoleRules nl = RoleRules.forLanguage("nl");
        assertThat(nl.getWordOrHead(RoleRules.HEAD, "regeringstroepen")).isEqualTo("MIL");
        assertThat(nl.getWordOrHead(RoleRules.TITLE, NameKey.of("vice-premier"))).isEqualTo("GOV");
        assertThat(nl.getWordOrHead(RoleRules.HEAD, "hulp")).isNull();
        assertThat(RoleRules.forLanguage("en").get(RoleRules.COMPASS, "eastern")).isEqualTo("Eastern");
    }
}
