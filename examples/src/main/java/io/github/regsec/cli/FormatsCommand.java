package io.github.regsec.cli;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.DatasetWriter;
import io.github.regsec.formats.Formats;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code regsec formats}: the importers and writers found, built-in and users' own (on the class
 * path or in plugins), each with where it came from; and the rules that plugins add.
 */
@Command(name = "formats",
        header = "The importers and writers that regsec finds.",
        description = {
            "Lists the registered importers and writers: name, the file endings they claim, where each "
                    + "comes from (built-in, or the plugin jar) and what they read or write. Importers and "
                    + "writers that users add with --plugins (or REGSEC_PLUGINS, or on the class path through "
                    + "META-INF/services) are listed like the built-in ones; the rules that plugins add are "
                    + "listed last."})
final class FormatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Plugins plugins = RegsecCommand.of(spec).plugins();
        Formats formats = plugins.formats();
        List<DatasetImporter> importers = formats.importers();
        List<DatasetWriter> writers = formats.writers();
        int nameWidth = 4;
        int endingWidth = 7;
        int fromWidth = 4;
        for (DatasetImporter i : importers) {
            nameWidth = Math.max(nameWidth, Text.safe(i.name()).length());
            endingWidth = Math.max(endingWidth, endings(i.extensions(), i.readsDirectories()).length());
            fromWidth = Math.max(fromWidth, Text.safe(plugins.origin(i)).length());
        }
        for (DatasetWriter w : writers) {
            nameWidth = Math.max(nameWidth, Text.safe(w.name()).length());
            endingWidth = Math.max(endingWidth, endings(w.extensions(), w.writesDirectories()).length());
            fromWidth = Math.max(fromWidth, Text.safe(plugins.origin(w)).length());
        }
        int[] widths = {nameWidth, endingWidth, fromWidth};
        StringBuilder b = new StringBuilder();
        b.append("Importers (chosen by PATH's ending, or by name with --input-format NAME)\n");
        header(b, widths, "ENDINGS");
        for (DatasetImporter i : importers) {
            row(b, widths, i.name(), endings(i.extensions(), i.readsDirectories()), plugins.origin(i), i.description());
        }
        if (importers.isEmpty()) {
            b.append("  (none found)\n");
        }
        b.append("\nWriters (chosen by OUT's ending in 'regsec convert', or by name with --output-format NAME)\n");
        header(b, widths, "ENDINGS");
        for (DatasetWriter w : writers) {
            row(b, widths, w.name(), endings(w.extensions(), w.writesDirectories()), plugins.origin(w), w.description());
        }
        if (writers.isEmpty()) {
            b.append("  (none found)\n");
        }
        // the rules a plugin adds (the built-in ones are in docs/FORMATS.md#rules)
        List<ConsistencyRule> added = RuleRegistry.discovered(plugins.loader()).stream()
                .filter(r -> !plugins.origin(r).equals("built-in")).collect(Collectors.toList());
        if (!added.isEmpty()) {
            int idWidth = added.stream().mapToInt(r -> Text.safe(r.id()).length()).max().orElse(2);
            int severityWidth = "SEVERITY".length();
            int ruleFrom = Math.max(4, added.stream().mapToInt(r -> Text.safe(plugins.origin(r)).length()).max().orElse(4));
            int[] ruleWidths = {Math.max(idWidth, 4), severityWidth, ruleFrom};
            b.append("\nRules added to the built-in ones (run by 'regsec validate')\n");
            header(b, ruleWidths, "SEVERITY");
            for (ConsistencyRule r : added) {
                row(b, ruleWidths, r.id(), r.defaultSeverity().name().toLowerCase(Locale.ROOT), plugins.origin(r),
                        r.description());
            }
        }
        b.append("\nAny file may be gzipped: add .gz to its name.\n");
        PrintWriter out = spec.commandLine().getOut();
        out.print(b);
        out.flush();
        return RegsecCommand.OK;
    }

    private static String endings(List<String> extensions, boolean directories) {
        String files = extensions.stream().map(e -> "." + e).collect(Collectors.joining(" "));
        if (directories) {
            return files.isEmpty() ? "directory" : "directory " + files;
        }
        return files.isEmpty() ? "(by name)" : files;
    }

    private static void header(StringBuilder b, int[] widths, String second) {
        b.append("  ").append(Text.pad("NAME", widths[0])).append("  ").append(Text.pad(second, widths[1])).append("  ")
                .append(Text.pad("FROM", widths[2])).append("  DESCRIPTION\n");
    }

    /** One line; a plugin's name and description are made safe to print. */
    private static void row(StringBuilder b, int[] widths, String name, String second, String from, String description) {
        b.append("  ").append(Text.pad(Text.safe(name), widths[0])).append("  ").append(Text.pad(second, widths[1]))
                .append("  ").append(Text.pad(Text.safe(from), widths[2])).append("  ")
                .append(description == null ? "" : Text.safe(description)).append('\n');
    }
}
