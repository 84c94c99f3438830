/**
 * {@code demo}: the real bot against the simulated Discord, a scripted staff group, and what the
 * SLT channel receives, printed for people.
 */
package org.staffroomwarden.demo;
