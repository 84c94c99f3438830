/**
 * Settings: the jar's reference.conf layered under the deployment's application.conf, read once at
 * start-up into immutable records and checked, so that a mistake stops the program at once with
 * one line naming the key.
 */
package org.staffroomwarden.config;
