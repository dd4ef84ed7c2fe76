/**
 * The JSON formats of a regsec dataset (docs/FORMATS.md#json-document and docs/FORMATS.md#json-lines), read and written with Jackson 3.
 * Not exported on the module path: the importers and writers are service providers, found by
 * {@link io.github.regsec.formats.Formats} by name ({@code json}, {@code jsonl}) or by a path's ending.
 *
 * <p>A map of the package:
 * <ul>
 *   <li>{@link io.github.regsec.formats.json.JsonDatasetImporter} and
 *       {@link io.github.regsec.formats.json.JsonLinesDatasetImporter} read a JSON document and JSON
 *       Lines; {@link io.github.regsec.formats.json.JsonDatasetWriter} and
 *       {@link io.github.regsec.formats.json.JsonLinesDatasetWriter} write them.</li>
 *   <li>{@code Jackson} holds the one configured factory and mapper, and turns Jackson's errors into
 *       messages for users.</li>
 *   <li>The shared {@link io.github.regsec.formats.io.StrictUtf8Reader} decodes the bytes strictly
 *       (invalid UTF-8 is reported with its line and column, a UTF-16 file is refused as a whole)
 *       and {@link io.github.regsec.formats.io.GzipInput} reads gzip, its damage a
 *       {@link io.github.regsec.formats.io.DamagedGzipException}; {@code LineReader} cuts JSON
 *       Lines text into lines.</li>
 *   <li>JSON Lines at the parser's pace: {@code LineChunks} cuts the bytes at line ends into
 *       chunks, each decoded on its own thread by a {@code ChunkDecoder}; a record that is entirely
 *       right is decoded straight from its bytes by the {@code RecordBytesDecoder} (a plan per
 *       kind, from the field tables; {@code Utf8} of {@code formats.io} checks the bytes), any other line by the path
 *       below, which reports every problem. Each chunk's rows are recorded as {@code RowEvents}
 *       and handed to the context in file order.</li>
 *   <li>{@code JsonObjectReader} reads one record object from the streaming parser into a
 *       {@code JsonObject} (values with their locations); {@code JsonFields} checks it against a
 *       record schema and offers it to the {@link io.github.regsec.formats.codec.RecordDecoder};
 *       {@code RecordImporter} decodes a record with its nested rows and reports them to the
 *       {@link io.github.regsec.formats.ImportContext} (through {@code RowEvents}). Both importers
 *       share these.</li>
 *   <li>{@code DocumentText} keeps the characters of a JSON document so that reading can go on
 *       at the next record after broken JSON or bytes that are not UTF-8; {@code PopoloShape}
 *       recognizes a Popolo file handed to the JSON importer and names the Popolo importer.</li>
 *   <li>{@code JsonRecordWriter} writes one record with its nested rows; both writers share it.</li>
 * </ul>
 */
package io.github.regsec.formats.json;
