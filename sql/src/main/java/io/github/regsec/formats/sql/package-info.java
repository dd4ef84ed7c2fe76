/**
 * Datasets in SQL databases: DuckDB (embedded, the default for analysis), SQLite and
 * PostgreSQL. {@link io.github.regsec.formats.sql.SqlFormat} writes a dataset as one table per
 * record kind with each reduced-precision date as given and as its earliest and latest day, and
 * views for the common questions; it reads such a database back into an equal dataset. The
 * formats are found through {@link io.github.regsec.formats.Formats} by file ending or JDBC URL.
 * See docs/FORMATS.md#sql-databases.
 */
package io.github.regsec.formats.sql;
