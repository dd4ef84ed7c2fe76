package io.github.regsec.validation.constraints;

import io.github.regsec.model.ChildRow;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Row;
import io.github.regsec.model.constraints.DatesInOrder;
import io.github.regsec.model.constraints.KindRequirements;
import io.github.regsec.model.constraints.RequiresOneOf;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.glassfish.expressly.ExpressionFactoryImpl;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * The single-record checks: Jakarta Validation (Hibernate Validator) on the model's annotations,
 * with each violation turned into a {@link Problem} in the user's terms.
 *
 * <p>Rule ids: a missing or blank required value ({@code @NotNull}, {@code @NotBlank},
 * {@code @KindRequirements}, {@code @RequiresOneOf}) is {@code required}; an end before its
 * start ({@code @DatesInOrder}) is {@code date-order}; a value of the wrong form ({@code @RecordId},
 * {@code @Topic}, {@code @LanguageTag}, {@code @PositiveOrZero} and any other constraint) is
 * {@code syntax}. Fields are format names ({@code end_date}); a violation inside a record's names
 * or participants is reported on that child row (kind {@code name}/{@code participant}, the
 * parent's id, the row's own location).
 *
 * <p>One {@link ValidatorFactory} is built when this class is first used and shared by every
 * thread (Hibernate Validator's factory and validators are thread-safe). It is never closed: it
 * holds no file, thread or connection, only metadata, and lives as long as this class.
 */
public final class RecordConstraints {

    /** The resource bundle with regsec's constraint messages. */
    public static final String MESSAGES = "ValidationMessages";

    private static final ValidatorFactory FACTORY = quietly(RecordConstraints::buildFactory);
    private static final Validator VALIDATOR = FACTORY.getValidator();

    /** The model's messages name the offending value with this expression, e.g. {@code '${validatedValue}' is not an id}. */
    private static final String VALUE = "${validatedValue}";

    private RecordConstraints() {
    }

    /**
     * Hibernate Validator announces its version (HV000001, at INFO) through java.util.logging when
     * its first factory is built: a library should not write to a program's standard error. The
     * one logger that announces it is raised to WARNING while the factory is built, then given its
     * level back, so the program's own logging configuration is left as it was.
     */
    private static ValidatorFactory quietly(java.util.function.Supplier<ValidatorFactory> build) {
        java.util.logging.Logger version = java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
        java.util.logging.Level level = version.getLevel();
        version.setLevel(java.util.logging.Level.WARNING);
        try {
            return build.get();
        } finally {
            version.setLevel(level);
        }
    }

    /*
     * Message interpolation: Expressly (the Jakarta Expression Language implementation) rather
     * than ParameterMessageInterpolator, because the model's own messages name the offending value
     * with an EL expression ('${validatedValue}' is not an id...), which ParameterMessageInterpolator
     * leaves unevaluated in the text. To avoid surprises:
     *  - the expression factory is passed in explicitly, not looked up through the context class loader;
     *  - Hibernate Validator keeps its defaults for EL: bean-property expressions in constraint
     *    messages only, and no EL at all in messages built by a ConstraintValidator; regsec's
     *    validators pass data as message parameters ({end}, {field}), never inside a template, so
     *    a value from a data file is never evaluated;
     *  - the locale is fixed (Locale.ROOT, the base bundles, which are English): messages do not
     *    change with the machine's locale;
     *  - ValidationMessages bundles are aggregated across the class path, so a user's own
     *    ValidationMessages.properties does not hide regsec's keys (or the other way round);
     *  - META-INF/validation.xml is ignored: another library's XML configuration cannot change ours.
     */
    private static ValidatorFactory buildFactory() {
        ClassLoader loader = RecordConstraints.class.getClassLoader();
        var interpolator = new ResourceBundleMessageInterpolator(
                new PlatformResourceBundleLocator(MESSAGES, loader, true),
                Set.of(Locale.ROOT), Locale.ROOT, context -> Locale.ROOT, false, true, new ExpressionFactoryImpl());
        return jakarta.validation.Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration()
                .externalClassLoader(loader) // where META-INF/services/jakarta.validation.ConstraintValidator is read
                .defaultLocale(Locale.ROOT)
                .messageInterpolator(interpolator)
                .buildValidatorFactory();
    }

    /**
     * The shared, thread-safe validator, with regsec's constraint validators and messages.
     *
     * @return the Jakarta validator, built on first use
     */
    public static Validator validator() {
        return VALIDATOR;
    }

    /**
     * The problems of one record and its child rows, in no particular order.
     *
     * @param record a record of a dataset
     * @param locations where rows came from (records and child rows); empty when unknown
     * @return the problems, each with its record, field and location
     */
    public static List<Problem> check(DatasetRecord record, Function<Row, Optional<Location>> locations) {
        List<Problem> problems = new ArrayList<>();
        check(record, locations, (problem, row) -> problems.add(problem));
        return problems;
    }

    /**
     * Checks one record and its child rows, handing each problem with the row it is about (the
     * record, a name or a participant) to {@code sink}.
     *
     * @param record a record of a dataset
     * @param locations where rows came from (records and child rows); empty when unknown
     * @param sink takes each problem with the row it is about
     */
    public static void check(DatasetRecord record, Function<Row, Optional<Location>> locations,
                             BiConsumer<Problem, Row> sink) {
        for (ConstraintViolation<DatasetRecord> violation : VALIDATOR.validate(record)) {
            Row row = rowOf(violation);
            sink.accept(toProblem(violation, row, locations), row);
        }
    }

    /**
     * The rule id a violation maps to: {@code required}, {@code date-order} or {@code syntax}.
     *
     * @param violation a constraint violation of a record or child row
     * @return the rule id its problem carries
     */
    public static String ruleOf(ConstraintViolation<?> violation) {
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (type == NotNull.class || type == NotBlank.class || type == NotEmpty.class
                || type == KindRequirements.class || type == RequiresOneOf.class) {
            return RuleIds.REQUIRED;
        }
        if (type == DatesInOrder.class) {
            return RuleIds.DATE_ORDER;
        }
        return RuleIds.SYNTAX;
    }

    /**
     * The format name of the field a violation is about: the last property of its path within the
     * row it is about ({@code names[0].endDate} gives {@code end_date}; {@code sources[1].<list
     * element>} gives {@code sources}); null for a class-level violation without a property.
     *
     * @param violation a constraint violation of a record or child row
     * @return the field's format name, or null
     */
    public static String fieldOf(ConstraintViolation<?> violation) {
        Object leaf = violation.getLeafBean();
        RecordTable<?> table = leaf instanceof Row row ? RecordTables.of(row.recordKind())
                : RecordTables.of(((Row) violation.getRootBean()).recordKind());
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable() && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field = null; // entered a child row: its own fields start here
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                field = node.getName();
            }
        }
        if (field == null) {
            return null;
        }
        String property = field;
        return table.fieldOfProperty(property).map(Field::name).orElse(property);
    }

    private static Row rowOf(ConstraintViolation<DatasetRecord> violation) {
        return violation.getLeafBean() instanceof ChildRow child ? child : violation.getRootBean();
    }

    private static Problem toProblem(ConstraintViolation<DatasetRecord> violation, Row row,
                                     Function<Row, Optional<Location>> locations) {
        DatasetRecord record = violation.getRootBean();
        RecordKind kind = row.recordKind();
        String rule = ruleOf(violation);
        String field = fieldOf(violation);
        Location location = locations.apply(row).orElse(null);
        return Problem.error(rule, message(violation, field))
                .withRecord(kind, record.id()).withField(field).withLocation(location);
    }

    private static String message(ConstraintViolation<?> violation, String field) {
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        String subject = field == null ? "the record" : field;
        if (type == NotNull.class || type == NotBlank.class || type == NotEmpty.class) {
            return subject + " is required: give a value";
        }
        if (type == PositiveOrZero.class) {
            return subject + ": '" + violation.getInvalidValue() + "' is negative: expected a whole number, 0 or more";
        }
        if (type == DatesInOrder.class || type == KindRequirements.class || type == RequiresOneOf.class) {
            return violation.getMessage(); // regsec's messages name the fields themselves
        }
        String text = namingTheValue(violation);
        return field == null ? text : field + ": " + text;
    }

    /**
     * The message, with the offending value exactly as it is. Hibernate Validator reads a
     * backslash in an interpolated value as an escape ({@code \{x}} would be shown as {@code {x}}),
     * so a template that holds nothing to interpolate but the value gets the value put in as text.
     */
    private static String namingTheValue(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.contains(VALUE)) {
            String rest = template.replace(VALUE, "");
            if (rest.indexOf('{') < 0 && rest.indexOf('}') < 0 && rest.indexOf('$') < 0 && rest.indexOf('\\') < 0) {
                return template.replace(VALUE, String.valueOf(violation.getInvalidValue()));
            }
        }
        return violation.getMessage();
    }
}
