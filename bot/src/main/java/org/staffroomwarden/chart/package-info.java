/**
 * Pictures for SLT: the compliance chart of flags per group per concern over recent weeks, drawn
 * headless to a PNG that Discord shows inline. No Discord or storage here; the caller brings the
 * counts.
 */
package org.staffroomwarden.chart;
