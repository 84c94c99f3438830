package org.staffroomwarden.scan.pii;

/** The check-digit algorithms of the identifiers the scanner validates. */
final class CheckDigits {

    /** The check letters of a unique pupil number, indexed by remainder mod 23 (DfE). */
    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private CheckDigits() {
    }

    /** Luhn (ISO/IEC 7812) over a string of digits. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** NHS number: weights 10..2 over the first nine digits, check = 11 - sum mod 11; 10 is never issued. */
    static boolean nhs(String tenDigits) {
        if (tenDigits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }

    /**
     * Unique pupil number: a check letter then twelve characters (digits, or a letter last for a
     * temporary UPN). Characters 2 to 13 are weighted 2 to 13; the sum mod 23 picks the letter.
     */
    static boolean upn(String upn) {
        if (upn.length() != 13) {
            return false;
        }
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = upn.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (i == 12 && UPN_LETTERS.indexOf(c) >= 0) {
                value = UPN_LETTERS.indexOf(c);
            } else {
                return false;
            }
            sum += value * (i + 1);
        }
        return upn.charAt(0) == UPN_LETTERS.charAt(sum % 23);
    }

    /** IBAN: move the first four characters to the end, letters to numbers, mod 97 must be 1. */
    static boolean iban(String iban) {
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }
}
