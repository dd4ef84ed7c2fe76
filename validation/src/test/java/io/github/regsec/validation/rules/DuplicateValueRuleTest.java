package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.meeting;
import static io.github.regsec.validation.TestData.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.model.Identifier;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateValueRuleTest {

    @Test
    void reportsEachRepeatedValueOnceWithItsField() {
        var visit = meeting("visit-2025-02", "2025-02-11", "2025-02-12")
                .convenors(List.of(Party.parse("org:un"), Party.parse("org:cis"), Party.parse("org:sco"), Party.parse("org:cis")))
                .topics(List.of("drugs", "drugs", "drugs", "youth"))
                .sources(List.of("s1", "s1"))
                .build();
        var osce = org("osce").identifiers(List.of(Identifier.parse("wikidata:Q81299"), Identifier.parse("wikidata:Q81299")))
                .topics(List.of("consultation", "consultation")).build();
        List<Problem> problems = Check.problems(ValidationRuleIds.DUPLICATE_VALUE, osce, visit);
        assertThat(problems).extracting(Problem::recordId, Problem::field, Problem::message).containsExactly(
                tuple("osce", "identifiers", "identifiers lists 'wikidata:Q81299' twice: keep it once"),
                tuple("osce", "topics", "topics lists 'consultation' twice: keep it once"),
                tuple("visit-2025-02", "convenors", "convenors lists 'org:cis' twice: keep it once"),
                tuple("visit-2025-02", "topics", "topics lists 'drugs' 3 times: keep it once"),
                tuple("visit-2025-02", "sources", "sources lists 's1' twice: keep it once"));
        assertThat(problems).allMatch(p -> p.severity() == Severity.WARNING);
    }

    @Test
    void staysSilentOnDistinctValues() {
        var meeting = meeting("m", "2019", null)
                .convenors(List.of(Party.parse("org:osce"), Party.parse("country:TJ")))
                .supporters(List.of(Party.parse("country:QA"), Party.parse("country:SA")))
                .topics(List.of("terrorism", "border-management")).build();
        assertThat(Check.problems(ValidationRuleIds.DUPLICATE_VALUE, meeting)).isEmpty();
    }
}
