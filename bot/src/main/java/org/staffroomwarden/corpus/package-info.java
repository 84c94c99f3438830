/**
 * The project's labelled messages: reading them for evaluation and for training the models.
 * Labels follow spec/categories.md.
 */
package org.staffroomwarden.corpus;
