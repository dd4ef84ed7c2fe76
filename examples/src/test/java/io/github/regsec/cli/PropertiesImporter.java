package io.github.regsec.cli;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.problem.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * A user's own importer, registered only in the test resources' {@code META-INF/services}, that
 * reads what no built-in importer would give: organizations from a Java properties file
 * ({@code id = name}, {@code id.sources = a,b}), where the properties format's backslash-u escape
 * can make half of a UTF-16 surrogate pair, and the list is split on commas without trimming. Its records are
 * valid for validation but cannot all be written so that they read back unchanged: what
 * {@code regsec convert} does then is what the tests check.
 */
public final class PropertiesImporter implements DatasetImporter {

    /** The importer's name, for {@code --input-format}. */
    public static final String NAME = "org-properties";

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
        return "Organizations from a Java properties file (a test importer)";
    }

    @Override
    public void read(InputStream in, String fileName, ImportContext context) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        context.reading(fileName);
        int line = 0;
        for (String id : new TreeSet<>(properties.stringPropertyNames())) {
            if (id.endsWith(".sources")) {
                continue;
            }
            String sources = properties.getProperty(id + ".sources");
            Organization organization = Organization.builder(id, properties.getProperty(id), OrganizationKind.OTHER)
                    .sources(sources == null ? List.of() : Arrays.asList(sources.split(","))).build();
            context.accept(organization, Location.of(fileName, ++line));
        }
    }
}
