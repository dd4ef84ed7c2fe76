package io.github.regsec.cli;

/** What a command prints: text for people, or JSON (docs/FORMATS.md#report-json) for programs. */
enum OutputFormat {
    /** Lines for people to read. */
    text,
    /** One JSON object. */
    json
}
