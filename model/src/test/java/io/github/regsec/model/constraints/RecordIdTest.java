package io.github.regsec.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"osce", "OSCE", "osce-fsc", "osce_po.dushanbe", "un:unrcca", "7", "2019-07-17"})
    void acceptsLettersDigitsAndDotUnderscoreColonHyphen(String id) {
        assertThat(id).matches(RecordId.PATTERN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-osce", ".osce", ":osce", "_osce", "osce fsc", "osce/fsc", "obsé", " osce"})
    void rejectsOtherText(String id) {
        assertThat(id).doesNotMatch(RecordId.PATTERN);
    }

    @Test
    void allowsAtMost128Characters() {
        assertThat("a".repeat(128)).matches(RecordId.PATTERN);
        assertThat("a".repeat(129)).doesNotMatch(RecordId.PATTERN);
    }
}
