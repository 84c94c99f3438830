package org.staffroomwarden.alert;

/** Sends one item to where it goes; never throws, the outcome says what happened. */
public interface AlertSender {

    Delivery send(Outgoing item);
}
