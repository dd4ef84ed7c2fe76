/**
 * The picture {@code regsec timeline} draws: an organization's membership history as SVG
 * ({@link io.github.regsec.cli.timeline.MembershipTimeline}), with reduced-precision dates drawn
 * as the span they may fall in. See docs/FORMATS.md#regsec-timeline.
 */
package io.github.regsec.cli.timeline;
