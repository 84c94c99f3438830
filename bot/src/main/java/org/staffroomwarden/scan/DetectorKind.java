package org.staffroomwarden.scan;

/** Which kind of detector made a finding, so that an alert can explain itself. */
public enum DetectorKind {
    /** A pattern with validation (check digits, formats, context cues). */
    RULE,
    /** A curated word and phrase list. */
    LEXICON,
    /** A trained statistical model. */
    MODEL,
    /** The school's pupil roster. */
    ROSTER
}
