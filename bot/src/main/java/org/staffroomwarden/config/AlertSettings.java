package org.staffroomwarden.config;

import java.time.Duration;

/**
 * How alerts are raised and delivered.
 *
 * @param media whether a posted picture or video raises an alert for review
 * @param firstRetry the wait after a failed delivery, doubled after each further failure
 * @param maxRetry the longest wait between delivery attempts
 * @param burst more incident alerts than this waiting at once for one group go as burst posts; 0 never
 */
public record AlertSettings(boolean media, Duration firstRetry, Duration maxRetry, int burst) {
}
