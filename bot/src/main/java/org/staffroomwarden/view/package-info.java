/**
 * What the bot shows people, as plain records: cards, buttons, pictures, modals. The core decides
 * what to show; the Discord adapter alone turns these into embeds and components.
 */
package org.staffroomwarden.view;
