/**
 * The school policies as rules: what each concern breaks, with its source clause, and the decision
 * (a {@link org.staffroomwarden.policy.Verdict}) taken on a scanned message. Values only; acting on
 * them is the monitor's job.
 */
package org.staffroomwarden.policy;
