package io.github.regsec.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written matchers accept exactly what the published regular expressions accept. */
class TextPatternsTest {

    /** Every string up to {@code maxLength} over an alphabet that exercises each pattern's edges. */
    private static List<String> strings(String alphabet, int maxLength) {
        List<String> all = new ArrayList<>(List.of(""));
        List<String> previous = List.of("");
        for (int length = 1; length <= maxLength; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : previous) {
                for (char c : alphabet.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            all.addAll(next);
            previous = next;
        }
        return all;
    }

    private static void assertAgree(String regex, Predicate<String> matcher, List<String> inputs) {
        Pattern pattern = Pattern.compile(regex);
        for (String input : inputs) {
            assertThat(matcher.test(input)).as("'%s'", input).isEqualTo(pattern.matcher(input).matches());
        }
    }

    @Test
    void recordIdMatcherAgreesWithItsPattern() {
        assertAgree(RecordId.PATTERN, TextPatterns::isRecordId, strings("aZ0.-_: /é", 4));
        assertThat(TextPatterns.isRecordId("a".repeat(128))).isTrue();
        assertThat(TextPatterns.isRecordId("a".repeat(129))).isFalse();
    }

    @Test
    void topicMatcherAgreesWithItsPattern() {
        assertAgree(Topic.PATTERN, TextPatterns::isTopic, strings("a0-A_ ", 5));
    }

    @Test
    void languageTagMatcherAgreesWithItsPattern() {
        assertAgree(LanguageTag.PATTERN, TextPatterns::isLanguageTag, strings("aZ1-_", 5));
        assertThat(TextPatterns.isLanguageTag("uz-Cyrl-12345678")).isTrue();
        assertThat(TextPatterns.isLanguageTag("uz-123456789")).isFalse();
    }
}
