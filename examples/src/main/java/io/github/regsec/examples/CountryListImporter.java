package io.github.regsec.examples;

import io.github.regsec.importers.DatasetImporter;
import io.github.regsec.importers.ImportContext;
import io.github.regsec.importers.InputFiles;
import io.github.regsec.importers.schema.FieldValues;
import io.github.regsec.importers.schema.ValueReader;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An importer of one's own (example 5, {@link OwnImporter}): a plain two-column membership list,
 * one member a line, as people jot down from a press release.
 *
 * <pre>
 * # SCO founding members
 * country,organization
 * CN,SCO
 * KAZ,SCO
 * </pre>
 *
 * <p>The first line that is not blank or a {@code #} comment is the header {@code country,organization}.
 * A country is an ISO 3166-1 alpha-2 or alpha-3 code; an organization is a name or acronym, from
 * which the organization's id is made ({@code SCO} gives {@code sco}). Each row becomes a
 * membership ({@code sco-cn}, status member, dates unknown); each organization becomes an
 * intergovernmental organization record, counted as a row at its first mention. No quoting:
 * values cannot hold commas.
 *
 * <p>It is registered in this module's
 * {@code META-INF/services/io.github.regsec.importers.DatasetImporter}, so it is found like the
 * built-in importers: {@code regsec summary members.txt --input-format country-list}. It claims no
 * file ending, so it is only used when asked for by name.
 */
public final class CountryListImporter implements DatasetImporter {

    /** The importer's name, for {@code --input-format}. */
    public static final String NAME = "country-list";

    private static final List<String> HEADER = List.of("country", "organization");

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
    public void read(Path path, ImportContext context) throws IOException {
        try (InputStream in = InputFiles.open(path)) {
            read(in, InputFiles.fileName(path), context);
        }
    }

    @Override
    public void read(InputStream stream, String fileName, ImportContext context) throws IOException {
        context.reading(fileName);
        BufferedReader lines = new BufferedReader(new InputStreamReader(InputFiles.maybeGunzip(stream), StandardCharsets.UTF_8));
        Map<String, Organization> organizations = new LinkedHashMap<>();
        boolean header = false;
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Location where = Location.of(fileName, lineNumber);
            List<String> values = split(line);
            if (!header) {
                List<String> names = values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
                if (!names.equals(HEADER)) {
                    context.report(Problem.error(RuleIds.SYNTAX, "the header is '" + line.strip()
                            + "': expected 'country,organization'").withLocation(where));
                    return;
                }
                header = true;
                continue;
            }
            if (values.size() != HEADER.size()) {
                context.rejected(where, List.of(Problem.error(RuleIds.SYNTAX, "the row has " + values.size()
                        + (values.size() == 1 ? " value" : " values") + ": expected 2, country and organization")
                        .withRecord(RecordKind.MEMBERSHIP, null).withLocation(where)));
                continue;
            }
            Row row = new Row(values, fileName, lineNumber, line);
            ValueReader reader = new ValueReader(row, RecordKind.MEMBERSHIP, null);
            CountryCode country = reader.require("country") ? reader.country("country") : null;
            String organizationName = reader.requiredText("organization");
            String organizationId = organizationName == null ? null : slug(organizationName);
            if (organizationName != null && organizationId.isEmpty()) {
                reader.syntaxError("organization", "'" + organizationName + "' has no letters or digits to make an id from");
            }
            if (reader.hasErrors()) {
                context.rejected(where, reader.problems());
                continue;
            }
            organizations.computeIfAbsent(organizationId, id -> {
                Organization organization = Organization.builder(id, organizationName.strip(), OrganizationKind.INTERGOVERNMENTAL)
                        .build();
                context.accept(organization, where);
                return organization;
            });
            Membership membership = Membership.of(organizationId + "-" + country.alpha2().toLowerCase(Locale.ROOT),
                    organizationId, new CountryParty(country), MembershipStatus.MEMBER, null, null);
            context.accept(membership, where);
        }
        if (!header) {
            context.report(Problem.error(RuleIds.SYNTAX, "the file has no header: expected 'country,organization'")
                    .withLocation(Location.of(fileName)));
        }
    }

    /** The values of a line, split on commas. */
    private static List<String> split(String line) {
        List<String> values = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ',') {
                values.add(line.substring(start, i));
                start = i + 1;
            }
        }
        return values;
    }

    /** An id from a name: lower case, runs of other characters as one hyphen. {@code "EU-ACT 2"} gives {@code eu-act-2}. */
    static String slug(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** One row's values, for {@link ValueReader}. */
    private static final class Row implements FieldValues {
        private final List<String> values;
        private final String fileName;
        private final int line;
        private final String text;

        Row(List<String> values, String fileName, int line, String text) {
            this.values = values;
            this.fileName = fileName;
            this.line = line;
            this.text = text;
        }

        @Override
        public String text(String field) {
            int index = HEADER.indexOf(field);
            if (index < 0) {
                return null;
            }
            String value = values.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        @Override
        public Location location(String field) {
            int index = HEADER.indexOf(field);
            int column = 1;
            for (int i = 0; i < index; i++) {
                column += values.get(i).length() + 1;
            }
            return index < 0 ? Location.of(fileName, line) : Location.of(fileName, line, Math.min(column, text.length() + 1));
        }
    }
}
