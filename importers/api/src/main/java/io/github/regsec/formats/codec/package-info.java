/**
 * Turning rows of raw values into records and records into values, the same way for every
 * format, driven by the model's field tables ({@link io.github.regsec.model.table.RecordTables}).
 *
 * <ul>
 *   <li>{@link io.github.regsec.formats.codec.RecordDecoder}: decodes one row's
 *       {@link io.github.regsec.formats.codec.FieldValues} into a record or child row, or a
 *       rejection with its problems ({@link io.github.regsec.formats.codec.Decoded}).</li>
 *   <li>{@link io.github.regsec.formats.codec.ValueReader}: typed getters over one row, each
 *       recording a {@code syntax} problem with the field's location when a value does not parse;
 *       for users' own importers too.</li>
 *   <li>{@link io.github.regsec.formats.codec.RecordEncoder}: a record's fields in table order,
 *       as writers write them.</li>
 *   <li>{@link io.github.regsec.formats.codec.WritabilityCheck}: refuses, before anything is
 *       written, a value no format can carry unchanged.</li>
 * </ul>
 *
 * <p>How each value is written is in docs/FORMATS.md#values.
 */
package io.github.regsec.formats.codec;
