package org.kroniek.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PloverCodingTest {

    @Test
    void anIntentionOrPlanToCooperateIsAgree() {
        assertThat(PloverCoding.code("RETREAT", "intended")).isEqualTo("AGREE"); // "willing to withdraw"
        assertThat(PloverCoding.code("CONSULT", "planned")).isEqualTo("AGREE"); // "will visit"
        assertThat(PloverCoding.code("AID", "planned")).isEqualTo("AGREE"); // "will provide aid"
    }

    @Test
    void negatedCooperationIsReject() {
        assertThat(PloverCoding.code("CONSULT", "negated")).isEqualTo("REJECT");
        assertThat(PloverCoding.code("AGREE", "negated")).isEqualTo("REJECT");
    }

    @Test
    void anIntentionToUseForceOrSanctionsIsThreaten() {
        assertThat(PloverCoding.code("ASSAULT", "intended")).isEqualTo("THREATEN");
        assertThat(PloverCoding.code("SANCTION", "planned")).isEqualTo("THREATEN");
    }

    @Test
    void factsReportsAndOtherTypesKeepTheirType() {
        assertThat(PloverCoding.code("RETREAT", "asserted")).isEqualTo("RETREAT");
        assertThat(PloverCoding.code("AID", "reported")).isEqualTo("AID");
        assertThat(PloverCoding.code("ASSAULT", "negated")).isEqualTo("ASSAULT");
        assertThat(PloverCoding.code("REQUEST", "intended")).isEqualTo("REQUEST");
        assertThat(PloverCoding.code("STATEMENT", "planned")).isEqualTo("STATEMENT");
    }

    @Test
    void theTuningHalfIsTheOddNumberedGoldItems() {
        assertThat(PloverEvaluator.isTuningHalf("PLOVER-GSR01-AGREE-0011")).isTrue();
        assertThat(PloverEvaluator.isTuningHalf("PLOVER-GSR01-AGREE-0010")).isFalse();
        assertThat(PloverEvaluator.isTuningHalf("no-number")).isFalse();
    }
}
