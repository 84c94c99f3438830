/**
 * Alerts to SLT and the outbox that delivers them: every alert is stored before it is sent and
 * sent until Discord has it, so a restart, a network fault or a rate limit loses nothing and
 * duplicates nothing. Sending itself is behind {@link org.staffroomwarden.alert.AlertSender}.
 */
package org.staffroomwarden.alert;
