package io.github.regsec.model;

import io.github.regsec.model.constraints.DatesInOrder;
import io.github.regsec.model.constraints.RecordId;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A party's standing in an organization over a period: Tajikistan a participating State of the
 * OSCE since 1992-01-30, Uzbekistan a CSTO member 2006-2012.
 *
 * @param id the id, unique in the dataset
 * @param organizationId the organization
 * @param member the country or organization that is a member
 * @param status its standing: member, associate, observer...
 * @param startDate when it began, or null when unknown
 * @param endDate when it ended, or null while it lasts
 * @param sources the ids of the sources that support the record
 * @param note free-text remarks, or null
 */
@DatesInOrder
public record Membership(
        @NotNull @RecordId String id,
        @NotNull @RecordId String organizationId,
        @NotNull Party member,
        @NotNull MembershipStatus status,
        PartialDate startDate,
        PartialDate endDate,
        List<@RecordId String> sources,
        String note) implements DatasetRecord, Dated {

    public Membership {
        Checks.required(id, "id");
        Checks.required(organizationId, "organization_id");
        Checks.required(member, "member");
        Checks.required(status, "status");
        sources = Checks.list(sources, "sources");
        note = Checks.optional(note);
    }

    /** A membership without sources or note. */
    public static Membership of(String id, String organizationId, Party member, MembershipStatus status,
                                PartialDate startDate, PartialDate endDate) {
        return new Membership(id, organizationId, member, status, startDate, endDate, List.of(), null);
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.MEMBERSHIP;
    }

    @Override
    public Period period() {
        return Period.of(startDate, endDate);
    }

    @Override
    public String startField() {
        return "start_date";
    }

    @Override
    public String endField() {
        return "end_date";
    }
}
