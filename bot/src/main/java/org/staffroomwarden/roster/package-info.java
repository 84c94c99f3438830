/**
 * Importing the school's pupil roster from a CSV file: rows checked one by one, names turned into
 * keyed hashes at once, and a summary that counts rows and gives line numbers and reasons for the
 * refused ones, never a name.
 */
package org.staffroomwarden.roster;
