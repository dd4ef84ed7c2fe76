package io.github.regsec.validation.rules;

import io.github.regsec.model.Membership;
import io.github.regsec.model.Post;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code post-holders-overlap}: two different members hold a post whose {@code single_holder} is
 * {@code true} at the same time, on every reading of their dates (a holder with an unknown start
 * never does). Two memberships of the same member in one post are left to
 * {@code membership-overlap}. Reported on the membership that starts later (by earliest start day;
 * dataset order on a tie), field {@code start_date}, naming the first one it overlaps; each
 * membership at most once.
 *
 * <p>Scale: memberships are grouped by post through the dataset's index; the holders of one
 * single-holder post are few (one at a time), and only they are compared with each other.
 */
public final class PostHoldersOverlapRule implements ConsistencyRule {

    @Override
    public String id() {
        return ValidationRuleIds.POST_HOLDERS_OVERLAP;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A post with one holder at a time has no two holders certainly at the same time.";
    }

    @Override
    public void check(RuleContext context) {
        for (Post post : context.dataset().posts()) {
            if (!post.isSingleHolder()) {
                continue;
            }
            List<Membership> holders = new ArrayList<>();
            for (Membership m : context.dataset().holdersOf(post.id())) {
                if (m.startDate() != null && !m.period().endsBeforeStart()) {
                    holders.add(m);
                }
            }
            // holdersOf is ordered by start; by earliest start day, dataset order on a tie (the sort is stable)
            holders.sort(Comparator.comparing(m -> m.startDate().earliest()));
            for (int j = 1; j < holders.size(); j++) {
                Membership later = holders.get(j);
                for (int i = 0; i < j; i++) {
                    Membership earlier = holders.get(i);
                    if (!earlier.member().equals(later.member()) && earlier.period().certainlyOverlaps(later.period())) {
                        context.report(later, "start_date", later.member().text() + " holds '" + post.id() + "' "
                                + Periods.text(later.period()) + " while " + earlier.member().text() + " holds it "
                                + Periods.text(earlier.period()) + " (" + context.describe(earlier) + "), but the post has"
                                + " one holder at a time (single_holder true): correct the dates, or set single_holder"
                                + " to false");
                        break;
                    }
                }
            }
        }
    }
}
