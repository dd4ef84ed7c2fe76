package io.github.regsec.validation.rules;

import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Person;
import io.github.regsec.model.Post;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;

/** Persons, posts and holdings built in code, for the tests of the rules about people. */
final class PeopleRules {

    private PeopleRules() {
    }

    static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }

    static Person person(String id, String name, String born, String died) {
        return Person.builder(id, name).birthDate(date(born)).deathDate(date(died)).build();
    }

    static Post post(String id, String organizationId, Boolean singleHolder) {
        return Post.builder(id, organizationId, "Secretary General").singleHolder(singleHolder).build();
    }

    /** A person's membership in a post. */
    static Membership holding(String id, String organizationId, String personId, String postId, String start, String end) {
        return Membership.builder().id(id).organizationId(organizationId).member(Party.person(personId))
                .status(MembershipStatus.MEMBER).postId(postId).startDate(date(start)).endDate(date(end)).build();
    }
}
