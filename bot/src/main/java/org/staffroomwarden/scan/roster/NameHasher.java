package org.staffroomwarden.scan.roster;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a normalised name under the school's secret key. "José", "jose" and " JOSE "
 * hash alike; without the key, a hash cannot be tested against a list of names. Thread-safe: each
 * thread keeps its own {@link Mac}.
 */
public final class NameHasher {

    /** The shortest key accepted, in characters. */
    public static final int MIN_KEY_LENGTH = 16;

    private final ThreadLocal<Mac> mac;

    public NameHasher(String key) {
        if (key == null || key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("the roster key must be at least " + MIN_KEY_LENGTH + " characters");
        }
        SecretKeySpec spec = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(spec);
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available in this Java", e);
            }
        });
    }

    /** The hex hash of a name, or null when nothing of a name is left after normalising. */
    public String hash(String name) {
        String normal = normalise(name);
        if (normal.isEmpty()) {
            return null;
        }
        return HexFormat.of().formatHex(mac.get().doFinal(normal.getBytes(StandardCharsets.UTF_8)));
    }

    /** Accents removed, lower case, letters only, words separated by one space. */
    public static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '’' || c == '-' || c == '.') {
                continue;
            }
            if (Character.isLetter(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
