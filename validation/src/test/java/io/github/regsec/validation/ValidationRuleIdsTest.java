package io.github.regsec.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.problem.RuleIds;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule id constants: reading's in {@link RuleIds}, validation's own in {@link ValidationRuleIds}. */
class ValidationRuleIdsTest {

    /** The values of a class's public static final String constants. */
    private static List<String> constants(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(f -> f.getType() == String.class && Modifier.isPublic(f.getModifiers())
                        && Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()))
                .map(ValidationRuleIdsTest::value)
                .toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> builtInIds() {
        return RuleRegistry.builtIns().stream().map(ConsistencyRule::id).toList();
    }

    @Test
    void everyBuiltInRuleHasItsIdAmongTheConstants() {
        List<String> known = new ArrayList<>(constants(RuleIds.class));
        known.addAll(constants(ValidationRuleIds.class));
        assertThat(known).containsAll(builtInIds());
    }

    @Test
    void everyValidationRuleIdIsTheIdOfABuiltInRule() {
        assertThat(builtInIds()).containsAll(constants(ValidationRuleIds.class));
    }

    @Test
    void noIdIsInBothClasses() {
        assertThat(constants(ValidationRuleIds.class)).doesNotContainAnyElementsOf(constants(RuleIds.class));
    }

    @Test
    void keepsTheIdsAsTheFormatSpecificationNamesThem() {
        assertThat(constants(RuleIds.class))
                .containsExactlyInAnyOrder("syntax", "unknown-field", "required", "duplicate-id", "unknown-reference",
                        "date-order", "unmapped-state", "problems-left-out");
        assertThat(constants(ValidationRuleIds.class)).containsExactlyInAnyOrder("membership-overlap",
                "parent-cycle", "outside-lifetime", "country-lifetime", "host-not-member", "office-not-open", "chair-not-member",
                "duplicate-value", "member-count", "future-date", "missing-date", "possible-duplicate",
                "post-holders-overlap", "post-organization", "person-lifetime", "participant-affiliation");
    }
}
