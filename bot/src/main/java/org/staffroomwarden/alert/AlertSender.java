package org.staffroomwarden.alert;

/** Sends one alert to its channel; never throws, the outcome says what happened. */
public interface AlertSender {

    Delivery send(Alert alert);
}
