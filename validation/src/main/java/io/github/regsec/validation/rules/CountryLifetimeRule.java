package io.github.regsec.validation.rules;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Row;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.country.StateLifetime;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;

/**
 * {@code country-lifetime}: a country is used on days it certainly did not stand for a state
 * ({@link StateLifetime}): a country party's membership (the USSR as a member in 2020, or still a
 * member today), a field office's host country while the office is open, a meeting's country or
 * country chair on the meeting's days. Certainly means on every reading of the dates: a 1990
 * USSR membership ending {@code 1991} is not reported (the USSR existed until 1991-12-25). Codes
 * the state table does not cover (territories) and undated meetings are never reported. Reported
 * on the record, on the field that holds the country.
 */
public final class CountryLifetimeRule implements ConsistencyRule {

    @Override
    public String id() {
        return ValidationRuleIds.COUNTRY_LIFETIME;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Countries are used only on days their code stood for a state.";
    }

    @Override
    public void check(RuleContext context) {
        Dataset dataset = context.dataset();
        for (Membership m : dataset.memberships()) {
            if (m.member() instanceof CountryParty party) {
                check(context, m, "member", party.country(), "membership", m.period(), true);
            }
        }
        for (FieldOffice f : dataset.fieldOffices()) {
            check(context, f, "country", f.country(), "field office", f.period(), true);
        }
        for (Meeting m : dataset.meetings()) {
            PartialDate first = m.startDate() != null ? m.startDate() : m.endDate();
            if (first == null) {
                continue; // an undated meeting says nothing
            }
            // a meeting's last day: its end_date, else its start day
            Period days = Period.of(first, m.endDate() != null ? m.endDate() : m.startDate());
            if (m.country() != null) {
                check(context, m, "country", m.country(), "meeting", days, false);
            }
            if (m.chair() instanceof CountryParty chair) {
                check(context, m, "chair", chair.country(), "meeting", days, false);
            }
        }
    }

    private static void check(RuleContext context, Row row, String field, CountryCode country, String what, Period days,
                              boolean absentEndIsOngoing) {
        StateLifetime.of(country).filter(lifetime -> lifetime.certainlyOutside(days)).ifPresent(lifetime ->
                context.report(row, field, "the " + what + " (" + when(days, absentEndIsOngoing) + ") certainly has days on"
                        + " which " + country + " (" + country.name() + ") stood for no state: it did " + lifetime
                        + "; use the code of the state of those days (docs/FORMATS.md#countries), or correct the dates"));
    }

    private static String when(Period days, boolean absentEndIsOngoing) {
        PartialDate start = days.start();
        PartialDate end = days.end();
        if (start != null && end != null) {
            return start.equals(end) ? "on " + start : "from " + start + " to " + end;
        }
        if (start != null) {
            return "from " + start + (absentEndIsOngoing ? " on, still ongoing" : "");
        }
        return end == null ? "undated, still ongoing" : "until " + end;
    }
}
