/**
 * Structured personal data: contact details, identifiers with their check digits, dates of birth
 * and bank details, UK formats first. Each detector reads the clean view of a message and scores
 * each candidate by how sure its form, check digit and context make it.
 */
package org.staffroomwarden.scan.pii;
