/**
 * Inappropriate language from a curated word and phrase list ({@code lexicon/inappropriate.tsv}),
 * matched on whole words of the lexical view, with an allow-list for words that only contain one.
 */
package org.staffroomwarden.scan.lexicon;
