/**
 * What SLT see of a school over time: its groups with their flags per week ({@code /compliance}
 * and its chart), and the weekly digest, taken when it falls due and queued for the SLT channel.
 * No Discord here.
 */
package org.staffroomwarden.digest;
