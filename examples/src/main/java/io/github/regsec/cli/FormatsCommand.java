package io.github.regsec.cli;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.DatasetWriter;
import io.github.regsec.formats.Formats;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code regsec formats}: the importers and writers found on the class path, built-in and users' own. */
@Command(name = "formats",
        header = "The importers and writers that regsec finds.",
        description = {
            "Lists the registered importers and writers: name, the file endings they claim, and what "
                    + "they read or write. Importers and writers that users add through META-INF/services are "
                    + "listed, and used, the same way as the built-in ones."})
final class FormatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Formats formats = Formats.discover();
        List<DatasetImporter> importers = formats.importers();
        List<DatasetWriter> writers = formats.writers();
        int nameWidth = 4;
        int endingWidth = 7;
        for (DatasetImporter i : importers) {
            nameWidth = Math.max(nameWidth, i.name().length());
            endingWidth = Math.max(endingWidth, endings(i.extensions(), i.readsDirectories()).length());
        }
        for (DatasetWriter w : writers) {
            nameWidth = Math.max(nameWidth, w.name().length());
            endingWidth = Math.max(endingWidth, endings(w.extensions(), w.writesDirectories()).length());
        }
        StringBuilder b = new StringBuilder();
        b.append("Importers (chosen by PATH's ending, or by name with --input-format NAME)\n");
        header(b, nameWidth, endingWidth);
        for (DatasetImporter i : importers) {
            row(b, nameWidth, endingWidth, i.name(), endings(i.extensions(), i.readsDirectories()), i.description());
        }
        if (importers.isEmpty()) {
            b.append("  (none found)\n");
        }
        b.append("\nWriters (chosen by OUT's ending in 'regsec convert', or by name with --output-format NAME)\n");
        header(b, nameWidth, endingWidth);
        for (DatasetWriter w : writers) {
            row(b, nameWidth, endingWidth, w.name(), endings(w.extensions(), w.writesDirectories()), w.description());
        }
        if (writers.isEmpty()) {
            b.append("  (none found)\n");
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

    private static void header(StringBuilder b, int nameWidth, int endingWidth) {
        b.append("  ").append(Text.pad("NAME", nameWidth)).append("  ").append(Text.pad("ENDINGS", endingWidth))
                .append("  DESCRIPTION\n");
    }

    private static void row(StringBuilder b, int nameWidth, int endingWidth, String name, String endings, String description) {
        b.append("  ").append(Text.pad(name, nameWidth)).append("  ").append(Text.pad(endings, endingWidth)).append("  ")
                .append(description == null ? "" : description).append('\n');
    }
}
