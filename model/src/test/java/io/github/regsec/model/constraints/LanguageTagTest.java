package io.github.regsec.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "tg", "kk", "uz", "uz-Cyrl", "en-GB", "zh-Hant-TW", "fil"})
    void acceptsBcp47Tags(String tag) {
        assertThat(tag).matches(LanguageTag.PATTERN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "e", "english", "en_GB", "en-", "-en", "uz-Cyrillicxx"})
    void rejectsOtherText(String tag) {
        assertThat(tag).doesNotMatch(LanguageTag.PATTERN);
    }
}
