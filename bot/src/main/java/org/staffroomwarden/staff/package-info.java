/**
 * The school's staff directory, imported from a CSV file by SLT: who belongs to which team, by
 * Discord user id or username. It is what the governance check compares a group's members with
 * to list the staff a group leaves out. Names are checked to be present on import and then
 * dropped: missing staff are shown as Discord mentions, so no staff name is ever stored.
 */
package org.staffroomwarden.staff;
