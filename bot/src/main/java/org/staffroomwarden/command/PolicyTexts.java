package org.staffroomwarden.command;

import java.util.List;
import org.staffroomwarden.alert.AlertCards;
import org.staffroomwarden.policy.PolicyBook;
import org.staffroomwarden.policy.PolicyRule;
import org.staffroomwarden.view.Card;
import org.staffroomwarden.view.Reply;
import org.staffroomwarden.view.Response;

/** {@code /policy} and {@code /privacy}: what the bot applies, and what it keeps. */
public final class PolicyTexts {

    private final PolicyBook policies;
    private final java.time.Duration retention;

    /** @param retention how long incidents and digests are kept */
    public PolicyTexts(PolicyBook policies, java.time.Duration retention) {
        this.policies = policies;
        this.retention = retention;
    }

    Response policy() {
        Card messages = Card.of("What the bot flags in messages",
                "Each flag goes to the senior leadership team (SLT) with the rule it breaks.", 0x1A73E8);
        Card groups = Card.of("How each group must be run", "Checked all the time; a breach is reported to SLT.",
                0x1A73E8);
        for (PolicyRule rule : policies.rules()) {
            String text = AlertCards.clip(rule.text() + "\n*" + rule.source() + "*", 1024);
            if (rule.concern().aboutMessages()) {
                messages = messages.field(rule.concern().label(), text, false);
            } else {
                groups = groups.field(rule.concern().label(), text, false);
            }
        }
        return Reply.privately("", List.of(messages, groups));
    }

    Response privacy() {
        Card card = Card.of("What Staffroom Warden keeps", "The bot reads every message in the groups it is in, to"
                + " check it against the school's social media policy. It does not keep the messages.", 0x1A73E8)
                .field("When a message is flagged", "The category and rule, a short excerpt with personal details"
                        + " replaced by labels such as [PHONE], a fingerprint (SHA-256) of the original text, the"
                        + " author, channel and time. Never the original text.", false)
                .field("Pupils' names", "If SLT import the pupil roster, names are kept only as keyed fingerprints"
                        + " (HMAC-SHA256): no name can be read back from them.", false)
                .field("Staff directory", "Discord ids or usernames and teams, to see who is missing from a group. No"
                        + " names.", false)
                .field("About groups and people", "Each group's purpose, its checks, who acknowledged it, and who"
                        + " confirmed their device is locked (and when).", false)
                .field("Weekly digests", "Each week's counts of flags per group and category, and the groups"
                        + " failing a check, as posted to SLT. No message text, no names.", false)
                .field("Who sees it", "SLT, in their private channel; the headteacher; each group's admins see their"
                        + " own group's checks. Authors may be told privately that a message was flagged. Alerts SLT"
                        + " mark as false positives may be sent, redacted and without author or reviewer, to whoever"
                        + " maintains the bot to improve the scanner.", false)
                .field("How long", "Flags, their audit trail and weekly digests: " + retention.toDays() + " days,"
                        + " then deleted. Removed messages keep a redacted copy as evidence, as the school's policy"
                        + " asks, for the same time. The staff directory, the roster and the groups' checks: until"
                        + " replaced, or the school asks whoever runs the bot to delete them.", false)
                .field("Questions", "Ask the school's Data Protection Officer.", false);
        return Reply.privately("", List.of(card));
    }
}
