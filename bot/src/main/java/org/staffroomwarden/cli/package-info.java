/**
 * The command line: {@code scan}, {@code evaluate}, {@code bench} and {@code run}, as
 * spec/cli.md lays down. Each command reads its arguments, does its work through the scanner and
 * reports one line on a mistake.
 */
package org.staffroomwarden.cli;
