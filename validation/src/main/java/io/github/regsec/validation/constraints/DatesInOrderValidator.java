package io.github.regsec.validation.constraints;

import io.github.regsec.model.Dated;
import io.github.regsec.model.constraints.DatesInOrder;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.model.time.Period;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The validator of {@link DatesInOrder}: a {@link Dated} record's end is not certainly before its
 * start (an end of {@code 2019} is not before a start of {@code 2019-07-17}; {@code 2019-06} is).
 * A violation is reported on the end field ({@code endDate}, {@code closingDate}...), with the
 * message parameters {@code startField}, {@code start}, {@code endField} and {@code end}.
 * Registered for Hibernate Validator through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class DatesInOrderValidator implements ConstraintValidator<DatesInOrder, Dated> {

    @Override
    public boolean isValid(Dated value, ConstraintValidatorContext context) {
        if (value == null || !endsBeforeStart(value)) {
            return true;
        }
        Period period = value.period();
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        hv.disableDefaultConstraintViolation();
        hv.addMessageParameter("startField", value.startField())
                .addMessageParameter("start", period.start().toString())
                .addMessageParameter("endField", value.endField())
                .addMessageParameter("end", period.end().toString())
                .buildConstraintViolationWithTemplate(hv.getDefaultConstraintMessageTemplate())
                .addPropertyNode(RecordTables.of(value.recordKind()).endField().orElseThrow().property())
                .addConstraintViolation();
        return false;
    }

    /**
     * True when the record's end is certainly before its start (both given).
     *
     * @param value a record or child row with a period
     * @return whether its end is certainly before its start
     */
    public static boolean endsBeforeStart(Dated value) {
        return value.period().endsBeforeStart();
    }
}
