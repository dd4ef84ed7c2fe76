package io.github.regsec.validation.constraints;

import io.github.regsec.model.constraints.RequiresOneOf;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The validator of {@link RequiresOneOf} on records: at least one of the named components (by
 * format name, e.g. {@code title}, {@code url}) has a value that is not null and not blank. A
 * violation is reported on the first named field with the message parameters {@code what} (the
 * kind of row, e.g. {@code source}) and {@code fields} (e.g. {@code title or url}).
 */
public final class RequiresOneOfValidator implements ConstraintValidator<RequiresOneOf, Object> {

    /** The accessors of each record class's components, by format name; computed once per class. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> map = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    map.put(FieldNames.toFormatName(component.getName()), component.getAccessor());
                }
            }
            return Map.copyOf(map);
        }
    };

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
        Map<String, Method> accessors = ACCESSORS.get(value.getClass());
        for (String field : fields) {
            Method accessor = accessors.get(field);
            if (accessor == null) {
                throw new ConstraintDeclarationException("@RequiresOneOf on " + value.getClass().getSimpleName()
                        + " names '" + field + "', which is not one of its record components");
            }
            if (hasValue(read(accessor, value))) {
                return true;
            }
        }
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        hv.disableDefaultConstraintViolation();
        hv.addMessageParameter("what", FieldNames.toFormatName(lowerFirst(value.getClass().getSimpleName())))
                .addMessageParameter("fields", describe(fields))
                .buildConstraintViolationWithTemplate(hv.getDefaultConstraintMessageTemplate())
                .addPropertyNode(FieldNames.toJavaName(fields.get(0)))
                .addConstraintViolation();
        return false;
    }

    private static Object read(Method accessor, Object value) {
        try {
            return accessor.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ConstraintDeclarationException("cannot read " + accessor.getName() + " of "
                    + value.getClass().getSimpleName(), e);
        }
    }

    private static boolean hasValue(Object value) {
        return value != null && !(value instanceof CharSequence text && text.toString().isBlank());
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code title or url}; {@code person, role or affiliation}. */
    static String describe(List<String> fields) {
        if (fields.size() == 1) {
            return fields.get(0);
        }
        return String.join(", ", fields.subList(0, fields.size() - 1)) + " or " + fields.get(fields.size() - 1);
    }
}
