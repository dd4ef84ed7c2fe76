package io.github.regsec.validation.rules;

import io.github.regsec.model.Membership;
import io.github.regsec.model.Post;
import io.github.regsec.problem.Severity;
import io.github.regsec.validation.ConsistencyRule;
import io.github.regsec.validation.RuleContext;
import io.github.regsec.validation.ValidationRuleIds;

/**
 * {@code post-organization}: a membership fills a post ({@code post_id}) that belongs to another
 * organization or field office than the membership's {@code organization_id}. A membership that
 * fills a post of a field office names that field office. Reported on the membership, field
 * {@code post_id}; a {@code post_id} that names no post is left to {@code unknown-reference}.
 */
public final class PostOrganizationRule implements ConsistencyRule {

    @Override
    public String id() {
        return ValidationRuleIds.POST_ORGANIZATION;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A membership that fills a post is in the organization or field office the post belongs to.";
    }

    @Override
    public void check(RuleContext context) {
        for (Membership m : context.dataset().memberships()) {
            if (m.postId() == null) {
                continue;
            }
            Post post = context.dataset().post(m.postId()).orElse(null);
            if (post != null && !post.organizationId().equals(m.organizationId())) {
                context.report(m, "post_id", "post_id '" + post.id() + "' is a post of '" + post.organizationId()
                        + "', but the membership is in '" + m.organizationId() + "': give the membership the post's"
                        + " organization_id, or the post of '" + m.organizationId() + "' it fills");
            }
        }
    }
}
