package org.staffroomwarden.governance;

import org.staffroomwarden.policy.Concern;

/**
 * One check of one group.
 *
 * @param detail what the bot saw, in a sentence
 * @param fix what to do about it; empty when it passes
 */
public record CheckResult(Concern check, CheckStatus status, String detail, String fix) {
}
