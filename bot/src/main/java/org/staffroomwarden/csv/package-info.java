/**
 * Reading the CSV files schools export from their spreadsheets and information systems: lines,
 * encodings and quoting in one place, so each import only decides what its columns mean.
 */
package org.staffroomwarden.csv;
