package io.github.regsec.validation;

import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.FieldOfficeKind;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import java.time.LocalDate;

/** Small builders for test datasets: dates as text, null for absent. */
public final class TestData {

    /** The as-of date tests validate with unless they say otherwise. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    private TestData() {
    }

    /** A partial date, or null. */
    public static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }

    /** An intergovernmental organization. */
    public static Organization.Builder org(String id) {
        return Organization.builder(id, "Organization " + id, OrganizationKind.INTERGOVERNMENTAL);
    }

    /** An intergovernmental organization with a founding and a dissolution date. */
    public static Organization org(String id, String founded, String dissolved) {
        return org(id).foundingDate(date(founded)).dissolutionDate(date(dissolved)).build();
    }

    /** A {@code member} membership of a party in an organization. */
    public static Membership member(String id, String org, String party, String start, String end) {
        return membership(id, org, party, MembershipStatus.MEMBER, start, end);
    }

    /** A membership with a status. */
    public static Membership membership(String id, String org, String party, MembershipStatus status, String start, String end) {
        return Membership.of(id, org, Party.parse(party), status, date(start), date(end));
    }

    /** A field office (a mission) of an organization in a country. */
    public static FieldOffice office(String id, String org, String country, String opened, String closed) {
        return FieldOffice.builder(id, org, "Office " + id, FieldOfficeKind.MISSION, CountryCode.parse(country))
                .openingDate(date(opened)).closingDate(date(closed)).build();
    }

    /** A session with dates. */
    public static Meeting.Builder meeting(String id, String start, String end) {
        return Meeting.builder(id, "Meeting " + id, MeetingKind.SESSION).startDate(date(start)).endDate(date(end));
    }

    /** A validator with only the built-in rules, as of {@link #AS_OF}. */
    public static DatasetValidator validator() {
        return DatasetValidator.builder().discoverRules(false).asOf(AS_OF).build();
    }
}
