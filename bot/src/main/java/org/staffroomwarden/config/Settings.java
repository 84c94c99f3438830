package org.staffroomwarden.config;

/** Everything the program was configured with, checked. */
public record Settings(SchoolSettings school, ScanSettings scan, DiscordSettings discord) {
}
