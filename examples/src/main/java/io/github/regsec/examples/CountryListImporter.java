package io.github.regsec.examples;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.csv.rows.CsvReadOptions;
import io.github.regsec.formats.csv.rows.CsvRow;
import io.github.regsec.formats.csv.rows.CsvRows;
import io.github.regsec.formats.codec.ValueReader;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An importer of one's own (example 5, {@link OwnImporter}): a plain membership list, one member
 * a row, as people jot down from a press release.
 *
 * <pre>
 * country,organization
 * CN,SCO
 * KAZ,SCO
 * </pre>
 *
 * <p>A country is an ISO 3166-1 alpha-2 or alpha-3 code; an organization is a name or acronym, from
 * which the organization's id is made ({@code SCO} gives {@code sco}). Each row becomes a
 * membership ({@code sco-cn}, status member, dates unknown); each organization becomes an
 * intergovernmental organization record the first time it is named (a record made from rows,
 * not a row of its own: {@link ImportContext#derived}).
 *
 * <p>It reuses the CSV module's row reading ({@link CsvRows}): UTF-8 checks, quoting, gzip, line
 * numbers and the typed getters of {@link ValueReader} whose problems carry file, line and
 * column come for free. It is registered in this module's
 * {@code META-INF/services/io.github.regsec.formats.DatasetImporter}, so it is found like the
 * built-in importers: {@code regsec summary members.csv --input-format country-list}. It claims no
 * file ending, so it is only used when asked for by name.
 */
public final class CountryListImporter implements DatasetImporter {

    /** The importer's name, for {@code --input-format}. */
    public static final String NAME = "country-list";

    private static final List<String> COLUMNS = List.of("country", "organization");

    /** The importer (for {@link java.util.ServiceLoader}). */
    public CountryListImporter() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> extensions() {
        return List.of();
    }

    @Override
    public String description() {
        return "A two-column membership list 'country,organization' (an example of a user's own importer)";
    }

    @Override
    public void read(InputStream in, String fileName, ImportContext context) throws IOException {
        try (CsvRows rows = CsvRows.open(in, fileName, CsvReadOptions.from(context.options()))) {
            context.reading(fileName);
            rows.problems().forEach(problem -> report(problem, context)); // an empty file, a column named twice...
            if (rows.hasErrors()) {
                return;
            }
            if (!rows.header().columns().containsAll(COLUMNS)) {
                context.report(Problem.error(RuleIds.SYNTAX, "the header is " + rows.header().columns()
                        + ": expected the columns country and organization").withLocation(rows.header().location()));
                return;
            }
            rows.header().unknownColumns(COLUMNS).forEach(problem -> report(problem, context));
            Set<String> organizations = new HashSet<>();
            for (CsvRow row : rows) {
                if (row.hasErrors()) { // bytes that are not UTF-8, a wrong number of values, broken quoting
                    context.rejected(row.location(), row.problems());
                    continue;
                }
                ValueReader values = row.reader(RecordKind.MEMBERSHIP, null);
                CountryCode country = values.require("country") ? values.country("country") : null;
                String organization = values.requiredText("organization");
                String organizationId = organization == null ? null : slug(organization);
                if (organizationId != null && organizationId.isEmpty()) {
                    values.syntaxError("organization", "'" + organization + "' has no letters or digits to make an id from");
                }
                if (values.hasErrors()) {
                    context.rejected(row.location(), values.problems());
                    continue;
                }
                if (organizations.add(organizationId)) {
                    context.derived(Organization.builder(organizationId, organization.strip(), OrganizationKind.INTERGOVERNMENTAL)
                            .build(), row.location());
                }
                context.accept(Membership.of(organizationId + "-" + country.alpha2().toLowerCase(Locale.ROOT), organizationId,
                        Party.country(country), MembershipStatus.MEMBER, null, null), row.location());
            }
        }
    }

    private static void report(Problem problem, ImportContext context) {
        try {
            context.report(problem);
        } catch (IOException e) { // fail-fast mode stops here
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An id from a name: lower case, runs of other characters as one hyphen. {@code "EU-ACT 2"} gives {@code eu-act-2}. */
    static String slug(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
