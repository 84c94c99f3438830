package org.staffroomwarden.view;

/**
 * A form with one text box, opened in answer to a button.
 *
 * @param id what comes back when it is submitted
 */
public record Modal(String id, String title, String label, String placeholder) implements Response {
}
