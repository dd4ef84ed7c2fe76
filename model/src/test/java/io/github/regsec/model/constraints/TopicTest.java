package io.github.regsec.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicTest {

    @ParameterizedTest
    @ValueSource(strings = {"terrorism", "border-management", "drugs", "youth", "covid-19", "a-b-c"})
    void acceptsLowerCaseKebabCase(String topic) {
        assertThat(topic).matches(Topic.PATTERN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Border-management", "border management", "border_management", "-drugs", "drugs-",
        "border--management"})
    void rejectsOtherText(String topic) {
        assertThat(topic).doesNotMatch(Topic.PATTERN);
    }
}
