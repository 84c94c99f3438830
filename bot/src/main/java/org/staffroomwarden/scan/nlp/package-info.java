/**
 * Apache OpenNLP models trained by the project on its own corpus: document categorisers for
 * banter, social plans, derogatory remarks and sensitive details about a person (with the kind of
 * detail), and a name finder for people. Models load from the jar; the scanner never trains.
 * OpenNLP's ME classes are not thread-safe, so each thread keeps its own, sharing the models.
 */
package org.staffroomwarden.scan.nlp;
