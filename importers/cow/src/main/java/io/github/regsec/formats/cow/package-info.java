/**
 * The Correlates of War IGO importer ({@code cow-igo}): the COW Intergovernmental Organizations
 * dataset v3.0 (Pevehouse, Nordstrom, McManus and Jamison 2020) read into regsec organizations
 * and memberships.
 *
 * <ul>
 *   <li>{@link io.github.regsec.formats.cow.CowIgoImporter}: the importer, registered through
 *       {@code META-INF/services} like any user's importer.</li>
 *   <li>COW state codes become countries through regsec's one succession table,
 *       {@link io.github.regsec.model.country.StateSuccession}, read year by year.</li>
 *   <li>{@link io.github.regsec.formats.cow.CowRuleIds}: the importer's own rule ids.</li>
 * </ul>
 */
package io.github.regsec.formats.cow;
