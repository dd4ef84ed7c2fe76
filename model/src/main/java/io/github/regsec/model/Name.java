package io.github.regsec.model;

import io.github.regsec.model.constraints.DatesInOrder;
import io.github.regsec.model.constraints.LanguageTag;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import jakarta.validation.constraints.NotBlank;

/**
 * Another name of an organization or field office: a former name, a translation, an acronym or
 * an alias, with the period it was in use.
 *
 * @param name the name
 * @param kind what kind of name it is; {@link NameKind#ALIAS} when not given
 * @param lang its BCP 47 language, or null
 * @param startDate when it came into use, or null when unknown
 * @param endDate when it went out of use, or null while in use
 * @param note free-text remarks, or null
 */
@DatesInOrder
public record Name(
        @NotBlank String name,
        NameKind kind,
        @LanguageTag String lang,
        PartialDate startDate,
        PartialDate endDate,
        String note) implements Dated {

    public Name {
        Checks.required(name, "name");
        kind = kind == null ? NameKind.ALIAS : kind;
        lang = Checks.optional(lang);
        note = Checks.optional(note);
    }

    /** A name of the given kind, in use over the given dates. */
    public static Name of(String name, NameKind kind, PartialDate startDate, PartialDate endDate) {
        return new Name(name, kind, null, startDate, endDate, null);
    }

    @Override
    public Period period() {
        return Period.of(startDate, endDate);
    }

    @Override
    public String startField() {
        return "start_date";
    }

    @Override
    public String endField() {
        return "end_date";
    }
}
