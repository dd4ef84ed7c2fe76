/**
 * Dates of reduced precision and the periods between them.
 * {@link io.github.regsec.model.time.PartialDate} is {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD} and stands for every day it covers;
 * {@link io.github.regsec.model.time.Period} answers "active on a day" and "overlaps" both
 * certainly (on every reading of its dates) and possibly (on some reading). See
 * docs/FORMATS.md#dates and docs/FORMATS.md#certainty.
 */
package io.github.regsec.model.time;
