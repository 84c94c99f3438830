/**
 * Whether each staff group is run as the TSSMAT staff-group rules ask: admin rights shared, a
 * purpose stated, no relevant staff left out, the headteacher aware, devices secured. The checks
 * are computed from a snapshot of the group and what people have told the bot; a check that turns
 * into a breach alerts SLT once, and the alert is updated when it recovers.
 */
package org.staffroomwarden.governance;
