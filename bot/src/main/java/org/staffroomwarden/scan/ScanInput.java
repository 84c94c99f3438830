package org.staffroomwarden.scan;

/**
 * A message as the detectors see it: the original text and its two normalised views.
 *
 * @param original the text as posted
 * @param clean NFKC with invisible and control characters removed; for structured data
 * @param lexical folded, de-l33ted and joined; for word lists
 */
public record ScanInput(String original, NormalisedText clean, NormalisedText lexical) {
}
