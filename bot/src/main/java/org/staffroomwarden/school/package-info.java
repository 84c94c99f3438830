/**
 * The schools the bot serves: each with a home server, a headteacher, an SLT role and an SLT
 * channel (from configuration, or else from {@code /warden setup}), and the staff groups that
 * belong to it. A multi-academy trust has several.
 */
package org.staffroomwarden.school;
