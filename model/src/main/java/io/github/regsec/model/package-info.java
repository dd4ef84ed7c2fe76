/**
 * The regsec data model: immutable records for regional security cooperation data and the
 * {@link io.github.regsec.model.Dataset} that holds them and answers questions about them. See
 * docs/FORMATS.md#data-model.
 *
 * <ul>
 *   <li>Records ({@link io.github.regsec.model.DatasetRecord}):
 *       {@link io.github.regsec.model.Source}, {@link io.github.regsec.model.Organization},
 *       {@link io.github.regsec.model.FieldOffice}, {@link io.github.regsec.model.Meeting},
 *       {@link io.github.regsec.model.Membership}, {@link io.github.regsec.model.Person} and
 *       {@link io.github.regsec.model.Post}, each with an id unique in the dataset and a builder;
 *       their child rows ({@link io.github.regsec.model.ChildRow}) are an organization's,
 *       office's or person's {@link io.github.regsec.model.Name}s and a meeting's
 *       {@link io.github.regsec.model.Participant}s (docs/FORMATS.md#child-rows). Who held a
 *       post when is a membership whose member is the person, with the post's id.</li>
 *   <li>{@link io.github.regsec.model.Dataset}: the records in dataset order
 *       (docs/FORMATS.md#dataset-order), lookups by id, and questions "on a day" answered as an
 *       {@link io.github.regsec.model.Answer}: what is certainly true, and what is only possibly
 *       true because a date is imprecise (docs/FORMATS.md#certainty).</li>
 *   <li>Enumerations with their format names ({@link io.github.regsec.model.FormatName}):
 *       {@link io.github.regsec.model.OrganizationKind}, {@link io.github.regsec.model.MembershipStatus},
 *       {@link io.github.regsec.model.MeetingKind} and the others (docs/FORMATS.md#enumerations).</li>
 * </ul>
 *
 * <p>Records check their required values and copy their lists when built; everything else a
 * record can get wrong is reported by the validation module, not refused here. The Jakarta
 * Validation annotations on the records ({@code @RecordId}, {@code @NotBlank}, {@code @DatesInOrder}...)
 * are those checks that can fail on a record that exists: a value the constructor requires carries
 * no {@code @NotNull}, since no record can be built without it (a missing id is refused with a
 * {@link java.lang.NullPointerException}, and an importer reports it as {@code required}).
 */
package io.github.regsec.model;
