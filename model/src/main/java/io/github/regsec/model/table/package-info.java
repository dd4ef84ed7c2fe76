/**
 * The field tables: for each record kind, its fields with their format names, types, whether
 * they are required, and how to get and set them. Every reader, writer and message of regsec
 * derives from these tables; see docs/FORMATS.md#csv-directory (each kind's columns) and
 * docs/FORMATS.md#records-and-ids.
 */
package io.github.regsec.model.table;
