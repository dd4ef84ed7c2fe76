/**
 * Countries: {@link io.github.regsec.model.country.CountryCode}, the ISO 3166-1 codes regsec
 * accepts (alpha-2 or alpha-3 on reading, alpha-2 on writing), former states included. See
 * docs/FORMATS.md#countries.
 */
package io.github.regsec.model.country;
