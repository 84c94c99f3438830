/**
 * Credentials shared in a message: passwords, PINs, door, alarm and key-safe codes, log-ins given
 * with their secret. Saying that a password was reset, without the password, is not one.
 */
package org.staffroomwarden.scan.credential;
