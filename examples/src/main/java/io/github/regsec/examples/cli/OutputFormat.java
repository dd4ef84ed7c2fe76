package io.github.regsec.examples.cli;

/** What a command prints: text for people, or JSON (FORMATS.md section 7) for programs. */
enum OutputFormat {
    /** Lines for people to read. */
    text,
    /** One JSON object. */
    json
}
