package io.github.regsec.validation.constraints;

import io.github.regsec.model.Row;
import io.github.regsec.model.constraints.RequiresOneOf;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The validator of {@link RequiresOneOf} on records: at least one of the named components (by
 * format name, e.g. {@code title}, {@code url}) has a value that is not null and not blank. A
 * violation is reported on the first named field with the message parameters {@code what} (the
 * kind of row, e.g. {@code source}) and {@code fields} (e.g. {@code title or url}).
 */
public final class RequiresOneOfValidator implements ConstraintValidator<RequiresOneOf, Object> {

    private List<String> fields = List.of();

    @Override
    public void initialize(RequiresOneOf annotation) {
        if (annotation.value().length == 0) {
            throw new ConstraintDeclarationException("@RequiresOneOf needs at least one field name");
        }
        this.fields = List.of(annotation.value());
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!(value instanceof Row row)) {
            throw new ConstraintDeclarationException("@RequiresOneOf is for regsec rows, not "
                    + value.getClass().getSimpleName());
        }
        RecordTable<Row> table = RecordTables.of(row);
        for (String name : fields) {
            Field<Row> field = table.field(name).orElseThrow(() -> new ConstraintDeclarationException(
                    "@RequiresOneOf on " + value.getClass().getSimpleName() + " names '" + name
                            + "', which is not one of its fields"));
            if (hasValue(field.get(row))) {
                return true;
            }
        }
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        hv.disableDefaultConstraintViolation();
        hv.addMessageParameter("what", table.kind().formatName())
                .addMessageParameter("fields", describe(fields))
                .buildConstraintViolationWithTemplate(hv.getDefaultConstraintMessageTemplate())
                .addPropertyNode(table.field(fields.get(0)).orElseThrow().property())
                .addConstraintViolation();
        return false;
    }

    private static boolean hasValue(Object value) {
        return value != null && !(value instanceof CharSequence text && text.toString().isBlank());
    }

    /** {@code title or url}; {@code person, role or affiliation}. */
    static String describe(List<String> fields) {
        if (fields.size() == 1) {
            return fields.get(0);
        }
        return String.join(", ", fields.subList(0, fields.size() - 1)) + " or " + fields.get(fields.size() - 1);
    }
}
