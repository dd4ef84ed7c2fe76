/**
 * Reading and writing datasets: the extension point for formats and the registry that finds them.
 *
 * <ul>
 *   <li>{@link io.github.regsec.formats.Formats}: the registry of every
 *       {@link io.github.regsec.formats.DatasetImporter} and
 *       {@link io.github.regsec.formats.DatasetWriter} on the class or module path; picks one by
 *       name or by a path's ending, and reads or writes with it.</li>
 *   <li>{@link io.github.regsec.formats.ImportContext}: what an importer reports to while it
 *       reads (records accepted, rows rejected with their problems, rows skipped for a reason
 *       that is no error ({@link io.github.regsec.formats.SkippedRows}), other problems), keeping
 *       the books (rows read = imported + rejected + skipped); it gives an
 *       {@link io.github.regsec.formats.ImportResult} or streams records to a
 *       {@link io.github.regsec.formats.RecordSink}.</li>
 *   <li>{@link io.github.regsec.formats.ReadOptions} and
 *       {@link io.github.regsec.formats.WriteOptions}: fail-fast or collect, the limits
 *       (docs/FORMATS.md#limits), spreadsheet-safe CSV.</li>
 *   <li>{@link io.github.regsec.formats.InputFiles}: opening and naming files, gzip included
 *       (docs/FORMATS.md#compression); {@link io.github.regsec.formats.OutputFiles}: writing a
 *       file or directory so that it is replaced whole or not at all (docs/FORMATS.md#writing);
 *       {@link io.github.regsec.formats.FileDatasetWriter}: a base for single-file writers.</li>
 * </ul>
 *
 * <p>The formats themselves are specified in docs/FORMATS.md (#csv-directory, #json-document,
 * #json-lines, #writing).
 */
package io.github.regsec.formats;
