package io.github.regsec.cli;

/** What a command prints: text for people, or JSON (FORMATS.md section 7) for programs. */
enum OutputFormat {
    /** Lines for people to read. */
    text,
    /** One JSON object. */
    json
}
