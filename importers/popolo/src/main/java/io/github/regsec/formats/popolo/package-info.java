/**
 * The Popolo importer and writer: Popolo JSON files (persons, organizations, memberships, posts,
 * events; the shape of EveryPolitician's {@code ep-popolo-v1.0.json}) read into regsec datasets
 * and written from them, with Jackson 3 (docs/FORMATS.md#popolo).
 *
 * <p>A map of the package: {@link io.github.regsec.formats.popolo.PopoloImporter} reads a file
 * into record objects with their locations; {@code PopoloMapping} turns them into regsec records
 * and counts what regsec has no place for; {@code PopoloIds} renames ids regsec cannot take;
 * {@link io.github.regsec.formats.popolo.PopoloWriter} writes the objects {@code PopoloDocument}
 * builds; {@link io.github.regsec.formats.popolo.PopoloRuleIds} names the importer's own problems.
 */
package io.github.regsec.formats.popolo;
