/**
 * Countries: {@link io.github.regsec.model.country.CountryCode} (ISO 3166-1 alpha-2 with the
 * former codes {@code SU}, {@code YU}, {@code CS}, {@code DD} and {@code XK}), the days each code
 * stood for a state ({@link io.github.regsec.model.country.StateLifetime}) and the code each
 * Correlates of War state code stands for on a day
 * ({@link io.github.regsec.model.country.StateSuccession}), both from one bundled table,
 * {@code states.csv}; see docs/FORMATS.md#countries.
 */
package io.github.regsec.model.country;
