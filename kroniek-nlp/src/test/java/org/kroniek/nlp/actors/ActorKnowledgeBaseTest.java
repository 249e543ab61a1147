package org.kroniek.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorKnowledgeBaseTest {
    private static final ActorKnowledgeBase KB = ActorKnowledgeBase.load(List.of());

    private static Actor only(String name, ActorType type) {
        return KB.lookup(name).stream().map(ActorKnowledgeBase.NameMatch::actor).filter(a -> a.type() == type)
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " named " + name));
    }

    @Test
    void countriesAnswerToDutchAndEnglishNamesAdjectivesAndDemonyms() {
        for (String name : List.of("Rusland", "Russia", "Russische Federatie", "Russische", "Russisch", "Russen",
                "Russian", "RUSLAND")) {
            assertThat(KB.lookup(name)).as(name).anyMatch(m -> m.actor().code().equals("RUS"));
        }
        assertThat(KB.lookup("Russische")).anyMatch(m -> m.kind() == NameKind.ADJECTIVE);
        assertThat(KB.lookup("Russen")).anyMatch(m -> m.kind() == NameKind.DEMONYM);
        assertThat(only("Oekraïne", ActorType.COUNTRY).canonical()).isEqualTo("Ukraine");
        assertThat(only("Oekraine", ActorType.COUNTRY).code()).isEqualTo("UKR");
        assertThat(only("Zwitserland", ActorType.COUNTRY).capital()).isEqualTo("bern");
        assertThat(only("Verenigde Staten", ActorType.COUNTRY).code()).isEqualTo("USA");
        assertThat(only("Amerikanen", ActorType.COUNTRY).code()).isEqualTo("USA");
    }

    @Test
    void capitalsStandForTheirGovernmentsAndIgosHaveAcronyms() {
        Actor moscow = only("Moskou", ActorType.LOC);
        assertThat(moscow.canonical()).isEqualTo("Moscow");
        assertThat(moscow.code()).isEqualTo("RUS");
        assertThat(moscow.metonym()).isEqualTo("RUS:GOV");
        assertThat(KB.lookup("VN")).anyMatch(m -> m.kind() == NameKind.ACRONYM
                && m.actor().canonical().equals("United Nations") && m.actor().code().equals("IGO:UN"));
        assertThat(only("NAVO", ActorType.IGO).code()).isEqualTo("IGO:NATO");
        assertThat(only("OVSE", ActorType.IGO).code()).isEqualTo("IGO:OSCE");
        assertThat(only("Kremlin", ActorType.ORG).nerType()).isEqualTo("ORG");
    }

    @Test
    void peopleHoldRolesOverTime() {
        Actor lavrov = only("Sergej Lavrov", ActorType.PER);
        assertThat(lavrov.canonical()).isEqualTo("Sergey Lavrov");
        assertThat(lavrov.codeOn(LocalDate.of(2016, 12, 27))).isEqualTo("RUS:GOV");
        assertThat(lavrov.roleOn(LocalDate.of(2016, 12, 27)).title()).isEqualTo("foreign minister");
        Actor trump = only("Donald Trump", ActorType.PER);
        assertThat(trump.codeOn(LocalDate.of(2018, 5, 1))).isEqualTo("USA:GOV");
        assertThat(trump.codeOn(LocalDate.of(2022, 5, 1))).isNull();
        assertThat(trump.activeOn(LocalDate.of(2022, 5, 1))).isFalse();
        Actor guterres = only("António Guterres", ActorType.PER);
        assertThat(guterres.codeOn(LocalDate.of(2000, 1, 1))).isEqualTo("PRT:GOV");
        assertThat(guterres.codeOn(LocalDate.of(2020, 1, 1))).isEqualTo("IGO:UN");
    }

    @Test
    void curatedEntriesReplaceTheirPetrarchNamesakes() {
        // PETRARCH2 spells him "Bashar al Assad"; people.kb's entry with the same name key replaces it.
        assertThat(KB.lookup("Bashar al-Assad")).hasSize(1);
        assertThat(KB.lookup("Bashar al Assad").get(0).actor().id()).isEqualTo("bashar-al-assad");
        // PETRARCH2-only people are there with their codes.
        assertThat(KB.lookup("Sergey Naryshkin")).anyMatch(m -> "RUS:GOV".equals(
                m.actor().codeOn(LocalDate.of(2006, 1, 1))));
        assertThat(KB.size()).isGreaterThan(20_000);
    }

    @Test
    void surnamesFindPeopleActiveOnTheDay() {
        assertThat(KB.bySurname("assad")).extracting(Actor::canonical).contains("Bashar al-Assad", "Hafez al-Assad");
        assertThat(KB.bySurname("al assad")).extracting(Actor::canonical).contains("Bashar al-Assad");
    }

    @Test
    void userFilesAddActorsAndOverrideShippedOnes(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.kb");
        Files.writeString(mine, """
                # my actors
                ruud-van-der-linden  type=PER  name=Ruud van der Linden  role=NLD:GOV 2020-01-01.. burgemeester
                kremlin  type=ORG  code=RUS:GOV  name=The Kremlin  nl=Kremlin  alias=Kremlj
                """);
        ActorKnowledgeBase kb = ActorKnowledgeBase.load(List.of(mine));
        assertThat(kb.lookup("Ruud van der Linden").get(0).actor().codeOn(LocalDate.of(2024, 1, 1)))
                .isEqualTo("NLD:GOV");
        assertThat(kb.byId("kremlin").canonical()).isEqualTo("The Kremlin");
        assertThat(kb.lookup("Kremlj").get(0).actor().canonical()).isEqualTo("The Kremlin");
        assertThat(kb.lookup("Kremlin")).hasSize(1);
    }

    @Test
    void badLinesAreReportedWithTheirPlace() {
        assertThatThrownBy(() -> ActorKnowledgeBase.of("x\ttype=PER\tname=X\n", "y\ttype=PER\tnaam=Y\n"))
                .hasMessageContaining("text 1:1").hasMessageContaining("unknown field 'naam'");
        assertThatThrownBy(() -> ActorKnowledgeBase.of("z\ttype=PER\tname=Z\trole=NLD:GOV 2020-13..\n"))
                .hasMessageContaining("bad date");
    }

    @Test
    void roleSpansAcceptYearsAndMonths() {
        ActorRole role = ActorFileReader.role("NLD:GOV 2010..2012-06 minister van Defensie");
        assertThat(role.from()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(role.to()).isEqualTo(LocalDate.of(2012, 6, 30));
        assertThat(role.title()).isEqualTo("minister van Defensie");
        assertThat(role.toString()).isEqualTo("NLD:GOV 2010-01-01..2012-06-30 minister van Defensie");
    }

    @Test
    void nameKeysIgnoreCaseAccentsHyphensAndPeriods() {
        assertThat(NameKey.of("Syrië")).isEqualTo(NameKey.of("SYRIE"));
        assertThat(NameKey.of("al-Assad")).isEqualTo("al assad");
        assertThat(NameKey.of("U.N.")).isEqualTo("un");
        assertThat(NameKey.of("  Saudi-Arabië ")).isEqualTo("saudi arabie");
    }

    @Test
    void localIdsAreStableAndReadable() {
        assertThat(LocalIds.of("Ruud van der Linden")).isEqualTo("local:ruud-van-der-linden");
        assertThat(LocalIds.of("Ruud  Van-der Linden")).isEqualTo(LocalIds.of("Ruud van der Linden"));
        assertThat(LocalIds.of("Çağlar Söyüncü")).isEqualTo("local:caglar-soyuncu");
        assertThat(LocalIds.isLocal("local:x")).isTrue();
    }

    @Test
    void petrarchCodesAndDatesConvert() {
        assertThat(PetrarchActorImport.code("RUSGOVDEV")).isEqualTo("RUS:GOV");
        assertThat(PetrarchActorImport.code("IGOUNO")).isEqualTo("IGO:UN");
        assertThat(PetrarchActorImport.code("SYR")).isEqualTo("SYR");
        assertThat(PetrarchActorImport.code("---")).isNull();
        assertThat(PetrarchActorImport.span(">", "080508", null)).isEqualTo("2008-05-08..");
        assertThat(PetrarchActorImport.span("", "991231", "080507")).isEqualTo("1999-12-31..2008-05-07");
        assertThat(PetrarchActorImport.span("<", "19940922", null)).isEqualTo("..1994-09-22");
        assertThat(PetrarchActorImport.titleCase(List.of("BASHAR", "AL-ASSAD"), true)).isEqualTo("Bashar al-Assad");
        assertThat(PetrarchActorImport.titleCase(List.of("STAFFAN", "DE", "MISTURA"), true))
                .isEqualTo("Staffan de Mistura");
    }
}
