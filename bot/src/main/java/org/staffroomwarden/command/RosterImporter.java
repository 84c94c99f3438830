package org.staffroomwarden.command;

/** Replaces the pupil roster from a CSV file and puts it to use at once. */
public interface RosterImporter {

    /** The summary for the person who imported it: counts and refused lines, never a name. */
    String importCsv(byte[] file);
}
