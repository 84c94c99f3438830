package org.staffroomwarden.config;

import java.util.List;

/** The school's own public contacts, which are not personal data. */
public record SchoolSettings(List<String> publicEmailDomains, List<String> publicEmailAddresses,
        List<String> publicPhoneNumbers) {

    public SchoolSettings {
        publicEmailDomains = List.copyOf(publicEmailDomains);
        publicEmailAddresses = List.copyOf(publicEmailAddresses);
        publicPhoneNumbers = List.copyOf(publicPhoneNumbers);
    }
}
