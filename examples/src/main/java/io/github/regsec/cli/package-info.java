/**
 * The {@code regsec} command-line tool: {@link io.github.regsec.cli.RegsecCommand} and one
 * picocli command per subcommand ({@code summary}, {@code validate}, {@code convert},
 * {@code members}, {@code meetings}, {@code meeting}, {@code formats}, {@code timeline}). The
 * commands, their options, output and exit codes are specified in docs/FORMATS.md#command-line.
 *
 * <p>Not exported: open to picocli only, which reads the commands' annotated fields.
 */
package io.github.regsec.cli;
