package io.github.regsec.validation;

import io.github.regsec.validation.rules.ChairNotMemberRule;
import io.github.regsec.validation.rules.CountryLifetimeRule;
import io.github.regsec.validation.rules.DateOrderRule;
import io.github.regsec.validation.rules.DuplicateIdRule;
import io.github.regsec.validation.rules.DuplicateValueRule;
import io.github.regsec.validation.rules.FutureDateRule;
import io.github.regsec.validation.rules.HostNotMemberRule;
import io.github.regsec.validation.rules.MemberCountRule;
import io.github.regsec.validation.rules.MembershipOverlapRule;
import io.github.regsec.validation.rules.MissingDateRule;
import io.github.regsec.validation.rules.OfficeNotOpenRule;
import io.github.regsec.validation.rules.OutsideLifetimeRule;
import io.github.regsec.validation.rules.ParentCycleRule;
import io.github.regsec.validation.rules.ParticipantAffiliationRule;
import io.github.regsec.validation.rules.PersonLifetimeRule;
import io.github.regsec.validation.rules.PostHoldersOverlapRule;
import io.github.regsec.validation.rules.PostOrganizationRule;
import io.github.regsec.validation.rules.PossibleDuplicateRule;
import io.github.regsec.validation.rules.UnknownReferenceRule;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The one place where rules are registered: the built-in consistency rules, in the order of the
 * rule catalogue, and the rules users list in
 * {@code META-INF/services/io.github.regsec.validation.ConsistencyRule}.
 */
public final class RuleRegistry {

    private RuleRegistry() {
    }

    /**
     * A new instance of every built-in rule, in catalogue order (which is their run order).
     *
     * @return the built-in rules, unmodifiable
     */
    public static List<ConsistencyRule> builtIns() {
        return List.of(
                new DuplicateIdRule(),
                new UnknownReferenceRule(),
                new DateOrderRule(),
                new MembershipOverlapRule(),
                new PostHoldersOverlapRule(),
                new PostOrganizationRule(),
                new ParentCycleRule(),
                new OutsideLifetimeRule(),
                new CountryLifetimeRule(),
                new PersonLifetimeRule(),
                new HostNotMemberRule(),
                new OfficeNotOpenRule(),
                new ChairNotMemberRule(),
                new ParticipantAffiliationRule(),
                new DuplicateValueRule(),
                new MemberCountRule(),
                new FutureDateRule(),
                new MissingDateRule(),
                new PossibleDuplicateRule());
    }

    /**
     * The rules registered through {@link ServiceLoader} on this class's class loader.
     *
     * @return the users' rules found, in discovery order; empty when there are none
     */
    public static List<ConsistencyRule> discovered() {
        return discovered(RuleRegistry.class.getClassLoader());
    }

    /**
     * The rules registered through {@link ServiceLoader} on a class loader, in discovery order.
     *
     * @param loader the class loader whose {@code META-INF/services} lists users' rules
     * @return the rules found; empty when there are none
     */
    public static List<ConsistencyRule> discovered(ClassLoader loader) {
        List<ConsistencyRule> rules = new ArrayList<>();
        ServiceLoader.load(ConsistencyRule.class, loader).forEach(rules::add);
        return List.copyOf(rules);
    }
}
