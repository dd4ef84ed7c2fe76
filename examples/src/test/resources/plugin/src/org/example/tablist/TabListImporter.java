package org.example.tablist;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lines "COUNTRY<TAB>ORGANIZATION": one membership each, the organizations made from them. */
public final class TabListImporter implements DatasetImporter {

    public TabListImporter() {
    }

    @Override
    public String name() {
        return "tab-list";
    }

    @Override
    public List<String> extensions() {
        return List.of("tsv");
    }

    @Override
    public String description() {
        return "country<TAB>organization lines (a plugin)";
    }

    @Override
    public void read(InputStream in, String fileName, ImportContext context) throws IOException {
        context.reading(fileName);
        Set<String> organizations = new HashSet<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Location location = Location.of(fileName, number);
            String[] cells = line.split("\t", -1);
            CountryCode country;
            try {
                country = cells.length == 2 ? CountryCode.parse(cells[0].strip()) : null;
            } catch (IllegalArgumentException e) {
                country = null;
            }
            if (country == null || cells[1].isBlank()) {
                context.rejected(location, List.of(Problem.error(RuleIds.SYNTAX,
                        "expected a country code, a tab and an organization id").withLocation(location)));
                continue;
            }
            String organization = cells[1].strip();
            if (organizations.add(organization)) {
                context.derived(Organization.builder(organization, organization, OrganizationKind.INTERGOVERNMENTAL).build(),
                        location);
            }
            context.accept(Membership.of(organization + "-" + country.alpha2(), organization, Party.country(country),
                    MembershipStatus.MEMBER, null, null), location);
        }
    }
}
