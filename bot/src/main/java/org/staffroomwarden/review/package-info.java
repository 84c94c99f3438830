/**
 * The alert review workflow: SLT acknowledge, resolve, mark false positives, remove messages
 * (keeping a redacted copy as evidence first) and escalate to the headteacher. Every change is
 * recorded with who made it and when.
 */
package org.staffroomwarden.review;
