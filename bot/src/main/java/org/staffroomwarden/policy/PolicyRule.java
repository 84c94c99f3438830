package org.staffroomwarden.policy;

/**
 * One rule of the school's policies.
 *
 * @param id stable identifier, stored with each incident
 * @param concern what breaks it
 * @param text the rule in the policy's words
 * @param source the document and clause it comes from
 */
public record PolicyRule(String id, Concern concern, String text, String source) {
}
