package io.github.regsec.model.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"TJ", "tj", "Tj", "TJK", "tjk", "Tjk", " tj ", "TJK\t"})
    void parsesAlpha2OrAlpha3InAnyCaseToUpperCaseAlpha2(String text) {
        CountryCode tajikistan = CountryCode.parse(text);
        assertThat(tajikistan.alpha2()).isEqualTo("TJ");
        assertThat(tajikistan).hasToString("TJ");
    }

    @Test
    void knowsAlpha3NumericAndEnglishName() {
        CountryCode kazakhstan = CountryCode.parse("KZ");
        assertThat(kazakhstan.alpha3()).isEqualTo("KAZ");
        assertThat(kazakhstan.numeric()).isEqualTo("398");
        assertThat(kazakhstan.name()).isEqualTo("Kazakhstan");
        assertThat(CountryCode.parse("AF").numeric()).isEqualTo("004");
        assertThat(CountryCode.parse("UZB").name()).isEqualTo("Uzbekistan");
    }

    @Test
    void namibiaIsACountryNotAMissingValue() {
        assertThat(CountryCode.parse("NA").name()).isEqualTo("Namibia");
        assertThat(CountryCode.parse("NAM").alpha2()).isEqualTo("NA");
    }

    @Test
    void formerCodesAreKnownAndMarkedFormer() {
        CountryCode ussr = CountryCode.parse("SU");
        assertThat(ussr.isFormer()).isTrue();
        assertThat(ussr.name()).isEqualTo("USSR");
        assertThat(ussr.alpha3()).isEqualTo("SUN");
        assertThat(CountryCode.parse("YU").name()).isEqualTo("Yugoslavia");
        assertThat(CountryCode.parse("CS").name()).isEqualTo("Czechoslovakia");
        assertThat(CountryCode.parse("DD").name()).isEqualTo("German Democratic Republic");
        assertThat(CountryCode.parse("ddr").alpha2()).isEqualTo("DD");
        assertThat(CountryCode.parse("csk").alpha2()).isEqualTo("CS");
        assertThat(CountryCode.all().stream().filter(CountryCode::isFormer).map(CountryCode::alpha2))
                .containsExactly("CS", "DD", "SU", "YU");
    }

    @Test
    void currentCodesAreNotFormer() {
        assertThat(CountryCode.parse("RU").isFormer()).isFalse();
        assertThat(CountryCode.parse("RS").isFormer()).isFalse();
        assertThat(CountryCode.parse("CZ").isFormer()).isFalse();
    }

    @Test
    void kosovoIsKnownWithoutANumericCode() {
        CountryCode kosovo = CountryCode.parse("xk");
        assertThat(kosovo.alpha2()).isEqualTo("XK");
        assertThat(kosovo.alpha3()).isEqualTo("XKX");
        assertThat(kosovo.name()).isEqualTo("Kosovo");
        assertThat(kosovo.numeric()).isEmpty();
        assertThat(kosovo.isFormer()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"QQ", "qq", "XXX", "T", "TAJI", "", "  ", "T1", "country:TJ"})
    void rejectsUnknownCodeNamingTheTextAndTheExpectedForms(String text) {
        assertThatThrownBy(() -> CountryCode.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a country code: expected ISO 3166-1 alpha-2 (TJ) or alpha-3 (TJK)");
    }

    @Test
    void ofIsParse() {
        assertThat(CountryCode.of("TJ")).isSameAs(CountryCode.parse("tjk"));
        assertThatThrownBy(() -> CountryCode.of("ZZ")).hasMessageStartingWith("'ZZ' is not a country code");
    }

    @Test
    void hasOneInstancePerCode() {
        assertThat(CountryCode.parse("tj")).isSameAs(CountryCode.parse("TJK")).isSameAs(CountryCode.parse("TJ"));
        assertThat(CountryCode.parse("tj")).isEqualTo(CountryCode.parse("TJK"))
                .hasSameHashCodeAs(CountryCode.parse("TJK"));
        assertThat(CountryCode.parse("TJ")).isNotEqualTo(CountryCode.parse("TM"));
    }

    @Test
    void tableHoldsEveryAssignedCodeOnceSortedByAlpha2() {
        List<CountryCode> all = CountryCode.all();
        // 249 ISO 3166-1 codes, XK and four former codes
        assertThat(all).hasSize(254);
        List<String> alpha2 = all.stream().map(CountryCode::alpha2).collect(Collectors.toList());
        assertThat(alpha2).isSorted().doesNotHaveDuplicates();
        assertThat(all.stream().map(CountryCode::alpha3)).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(c -> {
            assertThat(c.alpha2()).matches("[A-Z]{2}");
            assertThat(c.alpha3()).matches("[A-Z]{3}");
            assertThat(c.name()).isNotBlank();
            assertThat(CountryCode.parse(c.alpha3())).isSameAs(c);
            assertThat(CountryCode.parse(c.alpha2().toLowerCase(Locale.ROOT))).isSameAs(c);
        });
        assertThat(all.stream().filter(c -> !c.alpha2().equals("XK")))
                .allSatisfy(c -> assertThat(c.numeric()).matches("[0-9]{3}"));
        assertThatThrownBy(() -> all.add(CountryCode.parse("TJ"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ordersByAlpha2() {
        assertThat(CountryCode.parse("KZ").compareTo(CountryCode.parse("TJ"))).isNegative();
        assertThat(CountryCode.parse("UZ").compareTo(CountryCode.parse("TJ"))).isPositive();
        assertThat(CountryCode.parse("TJ").compareTo(CountryCode.parse("TJK"))).isZero();
    }
}
