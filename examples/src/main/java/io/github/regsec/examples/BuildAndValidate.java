package io.github.regsec.examples;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.FieldOfficeKind;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.validation.DatasetValidator;
import io.github.regsec.validation.ValidationReport;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Example 2: build a small dataset in code, validate it and print the report. The dataset has
 * two mistakes on purpose: Kyrgyzstan's two SCO memberships overlap (an error), and a meeting
 * is chaired by a country that was not yet a member (a warning).
 *
 * <pre>java -cp examples/target/regsec.jar io.github.regsec.examples.BuildAndValidate</pre>
 */
public final class BuildAndValidate {

    private BuildAndValidate() {
    }

    /**
     * Runs the example, printing to standard output.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Builds the dataset in code.
     *
     * @return the example's dataset
     */
    public static Dataset dataset() {
        Organization sco = Organization.builder("sco", "Shanghai Cooperation Organisation", OrganizationKind.INTERGOVERNMENTAL)
                .acronym("SCO")
                .foundingDate(PartialDate.parse("2001-06-15"))
                .headquartersCountry(CountryCode.of("CN"))
                .build();
        return Dataset.builder()
                .add(sco)
                // founding members; dates with reduced precision are fine: "2001" means some day of 2001
                .add(Membership.of("sco-kz", "sco", Party.country("KZ"), MembershipStatus.MEMBER,
                        PartialDate.parse("2001-06-15"), null))
                .add(Membership.of("sco-kg", "sco", Party.country("KG"), MembershipStatus.MEMBER,
                        PartialDate.parse("2001-06-15"), null))
                // mistake 1: a second membership of Kyrgyzstan that certainly overlaps the first
                .add(Membership.of("sco-kg-again", "sco", Party.country("KG"), MembershipStatus.MEMBER,
                        PartialDate.parse("2005"), null))
                .add(Membership.of("sco-in", "sco", Party.country("IN"), MembershipStatus.MEMBER,
                        PartialDate.parse("2017-06-09"), null))
                // mistake 2: India chairs a meeting in 2010, years before it became a member
                .add(Meeting.builder("sco-summit-2010", "SCO summit", MeetingKind.SUMMIT)
                        .startDate(PartialDate.parse("2010-06-10"))
                        .endDate(PartialDate.parse("2010-06-11"))
                        .country(CountryCode.of("UZ"))
                        .city("Tashkent")
                        .addConvenor(Party.organization("sco"))
                        .chair(Party.country("IN"))
                        .build())
                // a field office needs its organization's country to be a member while it is open
                .add(FieldOffice.builder("sco-office-bishkek", "sco", "SCO office in Bishkek", FieldOfficeKind.OFFICE,
                        CountryCode.of("KG")).city("Bishkek").openingDate(PartialDate.parse("2010")).build())
                .build();
    }

    /**
     * Validates the dataset as of a fixed day and prints the report; returns it.
     *
     * @param out where the report is printed
     * @return the validation report
     */
    public static ValidationReport run(PrintStream out) {
        DatasetValidator validator = DatasetValidator.builder().asOf(LocalDate.of(2025, 1, 1)).build();
        ValidationReport report = validator.validate(dataset());
        // A dataset built in code has no file locations: lines start with "-".
        out.print(report.toText());
        out.println("errors: " + report.errors() + ", warnings: " + report.warnings());
        return report;
    }
}
