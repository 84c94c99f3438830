/**
 * The scanner: normalises a message, runs the detectors, applies the configured thresholds and
 * redacts. It returns values ({@link org.staffroomwarden.scan.ScanResult}) and acts on nothing;
 * it knows nothing of Discord.
 */
package org.staffroomwarden.scan;
