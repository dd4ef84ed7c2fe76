package io.github.regsec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import org.junit.jupiter.api.Test;

class NameTest {

    @Test
    void kindDefaultsToAlias() {
        assertThat(new Name("OBSE", null, "ru", null, null, null, null).kind()).isEqualTo(NameKind.ALIAS);
        assertThat(Name.of("OBSE", null, null, null).kind()).isEqualTo(NameKind.ALIAS);
    }

    @Test
    void keepsAGivenKindAndItsPeriod() {
        Name csce = Name.of("Conference on Security and Co-operation in Europe", NameKind.FORMER,
                PartialDate.parse("1975"), PartialDate.parse("1994-12-31"));
        assertThat(csce.kind()).isEqualTo(NameKind.FORMER);
        assertThat(csce.period()).isEqualTo(Period.of(PartialDate.parse("1975"), PartialDate.parse("1994-12-31")));
        assertThat(csce.lang()).isNull();
        assertThat(csce.note()).isNull();
    }

    @Test
    void requiresAName() {
        assertThatThrownBy(() -> new Name(null, NameKind.FORMER, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("name is required");
    }

    @Test
    void emptyOptionalTextIsAbsent() {
        Name name = new Name("ОБСЕ", NameKind.TRANSLATION, "", null, null, null, "");
        assertThat(name.lang()).isNull();
        assertThat(name.note()).isNull();
    }

    @Test
    void namesItsDateFields() {
        Name name = Name.of("CSCE", NameKind.ACRONYM, null, null);
        assertThat(name.startField()).isEqualTo("start_date");
        assertThat(name.endField()).isEqualTo("end_date");
        assertThat(name.period()).isSameAs(Period.UNKNOWN);
    }
}
