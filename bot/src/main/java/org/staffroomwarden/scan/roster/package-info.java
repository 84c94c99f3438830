/**
 * The school's pupil roster, held only as keyed hashes of normalised names, and matched by hashing
 * the words of a message the same way. The scanner never sees a list of children's names.
 */
package org.staffroomwarden.scan.roster;
