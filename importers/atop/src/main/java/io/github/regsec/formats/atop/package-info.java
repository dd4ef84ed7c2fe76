/**
 * The ATOP importer ({@code atop}): the Alliance Treaty Obligations and Provisions data v4.01
 * (Leeds, Ritter, Mitchell and Long 2002) read into regsec organizations (one per alliance) and
 * memberships (one per member and continuous period).
 *
 * <ul>
 *   <li>{@link io.github.regsec.formats.atop.AtopImporter}: the importer, registered through
 *       {@code META-INF/services} like any user's importer.</li>
 *   <li>{@link io.github.regsec.formats.atop.AtopRuleIds}: the importer's own rule ids.</li>
 * </ul>
 *
 * Members are Correlates of War state codes, read through regsec's one succession table,
 * {@link io.github.regsec.model.country.StateSuccession}, as the COW importer reads them.
 */
package io.github.regsec.formats.atop;
