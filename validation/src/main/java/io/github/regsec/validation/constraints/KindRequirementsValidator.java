package io.github.regsec.validation.constraints;

import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.model.constraints.KindRequirements;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The validator of {@link KindRequirements}: a {@code body} or {@code programme} has a
 * {@code parent_id}; a {@code government} or {@code government_agency} has a {@code country}.
 * A violation is reported on the missing field with the message parameters {@code field} and
 * {@code kind}.
 */
public final class KindRequirementsValidator implements ConstraintValidator<KindRequirements, Organization> {

    @Override
    public boolean isValid(Organization value, ConstraintValidatorContext context) {
        if (value == null || value.kind() == null) {
            return true;
        }
        String missing = missingField(value);
        if (missing == null) {
            return true;
        }
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        hv.disableDefaultConstraintViolation();
        hv.addMessageParameter("field", missing)
                .addMessageParameter("kind", value.kind().formatName())
                .buildConstraintViolationWithTemplate(hv.getDefaultConstraintMessageTemplate())
                .addPropertyNode(RecordTables.ORGANIZATION.field(missing).orElseThrow().property())
                .addConstraintViolation();
        return false;
    }

    /**
     * The format name of the field the organization's kind requires and lacks, or null.
     *
     * @param value an organization
     * @return the missing field's format name ({@code country}), or null when nothing is missing
     */
    public static String missingField(Organization value) {
        OrganizationKind kind = value.kind();
        if ((kind == OrganizationKind.BODY || kind == OrganizationKind.PROGRAMME)
                && (value.parentId() == null || value.parentId().isBlank())) {
            return "parent_id";
        }
        if ((kind == OrganizationKind.GOVERNMENT || kind == OrganizationKind.GOVERNMENT_AGENCY) && value.country() == null) {
            return "country";
        }
        return null;
    }
}
