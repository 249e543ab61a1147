package org.kroniek.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsQueryParserTest {
    private static String sql(String query, List<Object> params) throws Exception {
        StringBuilder sql = new StringBuilder();
        TsQueryRenderer.render(TsQueryParser.parse(query), "dutch", sql, params);
        return sql.toString();
    }

    @Test
    void wordsAreAndedAndOrNotGroupsAndFieldsBecomeTsqueryOperators() throws Exception {
        List<Object> params = new ArrayList<>();
        assertThat(sql("haven* title:staking (wenen OR vienna) -karsanië actor:syr:gov", params)).isEqualTo(
                "(to_tsquery('dutch', ?) && to_tsquery('dutch', ?) && (to_tsquery('dutch', ?) || to_tsquery('dutch', ?))"
                        + " && (!! to_tsquery('dutch', ?)) && ?::tsquery)");
        assertThat(params).containsExactly("'haven':*", "'staking':A", "'wenen'", "'vienna'", "'karsanië'",
                "'actor:syr:gov'");
    }

    @Test
    void phrasesFollowEachOtherAndQuotesInUserTextStayInsideTheLexeme() throws Exception {
        List<Object> params = new ArrayList<>();
        sql("text:\"geen delegatie\" o'neill", params);
        assertThat(params).containsExactly("'geen':B <-> 'delegatie':B", "'o''neill'");
    }
}
