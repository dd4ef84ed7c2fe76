/**
 * regsec datasets as directories of CSV files (docs/FORMATS.md#csv-directory).
 *
 * <ul>
 *   <li>{@link io.github.regsec.formats.csv.CsvDatasetImporter}: the {@code csv} importer,
 *       reads a directory (or one of its files) into a dataset with every problem located.</li>
 *   <li>{@link io.github.regsec.formats.csv.CsvDatasetWriter}: the {@code csv} writer,
 *       writes the files deterministically.</li>
 *   <li>{@code DatasetAssembler} (internal): attaches names and participants to their records
 *       once every file is read.</li>
 *   <li>{@link io.github.regsec.formats.csv.rows}: the CSV rows underneath, reusable for
 *       other CSV-like formats.</li>
 * </ul>
 *
 * Both are registered in {@code META-INF/services} (and provided by the module descriptor) and
 * found by {@link io.github.regsec.formats.Formats#discover()}, by name ({@code csv}) or by a
 * path's ending. This package is not exported on the module path; its rows package is.
 */
package io.github.regsec.formats.csv;
