package io.github.regsec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

    @Test
    void parsesSchemeAndValue() {
        Identifier id = Identifier.parse("wikidata:Q81299");
        assertThat(id.scheme()).isEqualTo("wikidata");
        assertThat(id.value()).isEqualTo("Q81299");
        assertThat(id).hasToString("wikidata:Q81299").isEqualTo(new Identifier("wikidata", "Q81299"));
    }

    @Test
    void splitsAtTheFirstColon() {
        Identifier id = Identifier.parse("urn-x:a:b");
        assertThat(id.scheme()).isEqualTo("urn-x");
        assertThat(id.value()).isEqualTo("a:b");
    }

    @Test
    void ignoresSpacesAroundSchemeAndValue() {
        assertThat(Identifier.parse(" cow : 3770 ")).isEqualTo(new Identifier("cow", "3770"));
        assertThat(Identifier.parse("wikidata: Q1")).isEqualTo(new Identifier("wikidata", "Q1"));
    }

    @Test
    void otherSchemesTakeAnyValue() {
        assertThat(Identifier.parse("cow:3770").value()).isEqualTo("3770");
        assertThat(Identifier.parse("iso-3166:TJ").scheme()).isEqualTo("iso-3166");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wikidata:1234", "wikidata:q1234", "wikidata:Q", "wikidata:Q12a", "wikidata:Q0123",
        "wikidata:P31"})
    void wikidataValueIsQAndDigits(String text) {
        String value = text.substring("wikidata:".length());
        assertThatThrownBy(() -> Identifier.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not an identifier: '" + value
                        + "' is not a Wikidata id: expected Q and digits, e.g. Q1234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q1234", "wikidata", "wikidata:", ":Q1234", "", "  ", "wikidata: "})
    void rejectsTextWithoutSchemeAndValue(String text) {
        assertThatThrownBy(() -> Identifier.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not an identifier: expected scheme:value, e.g. wikidata:Q1234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wikidata:Q1", "1cow:3", "co w:3", "cow_id:3"})
    void rejectsSchemesThatAreNotLowerCaseWordsNamingTheText(String text) {
        String scheme = text.substring(0, text.indexOf(':'));
        assertThatThrownBy(() -> Identifier.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not an identifier: '" + scheme
                        + "' is not an identifier scheme: expected lower-case letters, digits and hyphens, e.g. wikidata");
    }

    @Test
    void constructorChecksTheSameRules() {
        assertThatThrownBy(() -> new Identifier(null, "1")).isInstanceOf(NullPointerException.class).hasMessage("scheme");
        assertThatThrownBy(() -> new Identifier("cow", null)).isInstanceOf(NullPointerException.class).hasMessage("value");
        assertThatThrownBy(() -> new Identifier("cow", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("identifier 'cow:' has no value");
        assertThatThrownBy(() -> new Identifier("wikidata", "1234")).hasMessageContaining("is not a Wikidata id");
    }
}
