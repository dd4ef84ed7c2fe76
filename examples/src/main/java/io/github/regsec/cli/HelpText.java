package io.github.regsec.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Keeps file names, endings and ids whole when picocli wraps help text: picocli breaks lines
 * where {@link java.text.BreakIterator} allows, which includes after every {@code .} and
 * {@code :}, so {@code FILE.jsonl} could end one line with {@code FILE.} and start the next with
 * {@code jsonl}. Before wrapping, a {@code .}, {@code :} or {@code ,} directly followed by a
 * letter or digit is swapped for a private-use character that the break iterator treats as part
 * of a word (each is one column wide, like the character it stands for); every help section
 * swaps them back before it is printed. Sentence ends ({@code ". "}) still break as before.
 */
final class HelpText {

    private static final String PLAIN = ".:,";
    private static final String KEPT = "\uE000\uE001\uE002";

    private HelpText() {
    }

    /** Makes every command's help of this command line keep file names and ids whole. */
    static void keepWordsWhole(CommandLine commandLine) {
        commandLine.setHelpFactory(KeepingHelp::new);
        apply(commandLine);
    }

    private static void apply(CommandLine commandLine) {
        UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
        usage.header(keep(usage.header()));
        usage.description(keep(usage.description()));
        usage.footer(keep(usage.footer()));
        Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>();
        usage.sectionMap().forEach((key, renderer) -> sections.put(key, help -> restore(renderer.render(help))));
        usage.sectionMap(sections);
        commandLine.getSubcommands().values().stream().distinct().forEach(HelpText::apply);
    }

    private static String[] keep(String[] lines) {
        String[] kept = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            kept[i] = keep(lines[i]);
        }
        return kept;
    }

    /** The text with each {@code .}, {@code :} or {@code ,} that a letter or digit follows swapped for its stand-in. */
    static String keep(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text);
        for (int i = 0; i + 1 < b.length(); i++) {
            int which = PLAIN.indexOf(b.charAt(i));
            if (which >= 0 && Character.isLetterOrDigit(b.charAt(i + 1))) {
                b.setCharAt(i, KEPT.charAt(which));
            }
        }
        return b.toString();
    }

    /** The text with the stand-ins swapped back. */
    static String restore(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text);
        for (int i = 0; i < b.length(); i++) {
            int which = KEPT.indexOf(b.charAt(i));
            if (which >= 0) {
                b.setCharAt(i, PLAIN.charAt(which));
            }
        }
        return b.toString();
    }

    /** Help whose option and parameter descriptions are kept whole too. */
    private static final class KeepingHelp extends Help {

        KeepingHelp(CommandSpec spec, ColorScheme colorScheme) {
            super(spec, colorScheme);
        }

        @Override
        public IOptionRenderer createDefaultOptionRenderer() {
            IOptionRenderer renderer = super.createDefaultOptionRenderer();
            return (option, labels, scheme) -> keepLastColumn(renderer.render(option, labels, scheme), scheme);
        }

        @Override
        public IParameterRenderer createDefaultParameterRenderer() {
            IParameterRenderer renderer = super.createDefaultParameterRenderer();
            return (parameter, labels, scheme) -> keepLastColumn(renderer.render(parameter, labels, scheme), scheme);
        }

        /** The description column: plain text, with its stand-ins. */
        private static Text[][] keepLastColumn(Text[][] rows, ColorScheme scheme) {
            for (Text[] row : rows) {
                int last = row.length - 1;
                if (last >= 0 && row[last] != null) {
                    row[last] = scheme.ansi().new Text(keep(row[last].plainString()), scheme);
                }
            }
            return rows;
        }
    }
}
