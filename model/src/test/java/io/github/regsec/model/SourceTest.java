package io.github.regsec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.model.time.PartialDate;
import org.junit.jupiter.api.Test;

class SourceTest {

    @Test
    void keepsItsValues() {
        Source source = new Source("osce-factsheet", "What is the OSCE?", "OSCE Secretariat", "OSCE",
                PartialDate.parse("2023-02"), "https://www.osce.org/whatistheosce/factsheet",
                PartialDate.parse("2026-11-28"), "English edition");
        assertThat(source.id()).isEqualTo("osce-factsheet");
        assertThat(source.title()).isEqualTo("What is the OSCE?");
        assertThat(source.published()).isEqualTo(PartialDate.parse("2023-02"));
        assertThat(source.accessed()).isEqualTo(PartialDate.parse("2026-11-28"));
        assertThat(source.recordKind()).isEqualTo(RecordKind.SOURCE);
    }

    @Test
    void requiresAnId() {
        assertThatThrownBy(() -> new Source(null, "t", null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id is required");
    }

    @Test
    void emptyOptionalTextIsAbsent() {
        Source source = new Source("s1", "", "", "", null, "", null, "");
        assertThat(source.title()).isNull();
        assertThat(source.author()).isNull();
        assertThat(source.publisher()).isNull();
        assertThat(source.url()).isNull();
        assertThat(source.note()).isNull();
    }

    @Test
    void citesNoSources() {
        assertThat(new Source("s1", "t", null, null, null, null, null, null).sources()).isEmpty();
    }
}
