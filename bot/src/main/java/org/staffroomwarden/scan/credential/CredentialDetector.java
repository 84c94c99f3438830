package org.staffroomwarden.scan.credential;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.staffroomwarden.scan.Detector;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.NormalisedText;
import org.staffroomwarden.scan.ScanInput;

/**
 * A secret given beside the word for it. The finding covers the secret itself, which is what
 * redaction must hide. Three shapes are read:
 * <ul>
 *   <li>word then secret: "the wifi password is Bluebell22", "door code 4721", "pw: x7!k";
 *   <li>secret then word: "4721 is the new gate code";
 *   <li>a reset that gives the new secret: "I've reset your password to Welcome1".
 * </ul>
 * A bare "code" needs a secret with digits in it, because "the dress code is smart" is not one.
 */
public final class CredentialDetector implements Detector {

    private static final String SECRET_WORD =
            "(?:pass ?words?|passcodes?|passwd|pwd|pw|pins?(?: number| code)?|codes?|combination|combo|network key"
                    + "|padlock|keypad|key ?safe|lock|key|safe|pass)";
    private static final String SEPARATOR =
            "(?:\\s*(?::|=|-|–)\\s*|\\s+(?:is|are|was|will be|has changed to|changed to|changes to|has been changed to)\\s*:?\\s*)";
    private static final String FILLER = "(?:(?:now|still|just|simply|currently|always|literally)\\s+)?";
    private static final String SECRET = "[\"'“‘]?([^\\s\"'”’]{3,40})";

    /** "password for the staffroom door is X": up to seven words may stand between word and verb. */
    private static final Pattern WORD_THEN_SECRET = Pattern.compile(
            "\\b(" + SECRET_WORD + ")\\b(?:\\s+(?:for|to|on|of|by|at|in|near|outside|inside)\\s+(?:[\\w'’-]+\\s+){0,6}?[\\w'’-]+)?"
                    + SEPARATOR + FILLER + SECRET,
            Pattern.CASE_INSENSITIVE);
    /** "door code 4721": no verb, so only a secret with digits counts. */
    private static final Pattern WORD_SECRET = Pattern.compile(
            "\\b(" + SECRET_WORD + ")\\s+" + SECRET, Pattern.CASE_INSENSITIVE);
    /** "door code? is it still 1357", "alarm code has changed, it's 5 9 1 7 now": digits later in the sentence. */
    private static final Pattern WORD_LATER_DIGITS = Pattern.compile(
            "\\b(" + SECRET_WORD + ")\\b[^.!\\n]{0,40}?(?:\\bis it|\\bit[’']?s|\\bis|=|:)\\s+" + FILLER
                    + "(\\d(?: ?\\d){2,7})(?![\\d:/.])",
            Pattern.CASE_INSENSITIVE);
    /** "login is oakfield4b / Rockstar4B", "account for the reading scheme: msl.oak / Books4All". */
    private static final Pattern LOGIN_PAIR = Pattern.compile(
            "\\b(login|log-in|log in|logon|sign[- ]in|account|credentials|user ?name)\\b[^\\n/]{0,50}?[:\\s]\\s*"
                    + "[^\\s/]{2,40}\\s*/\\s*([^\\s/]{3,40})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET_THEN_WORD = Pattern.compile(
            "(?<!\\S)([^\\s\"'“‘”’]{3,30}+)\\s+(?:is|=|will be)\\s+(?:the|our|your|my)?\\s*(?:new\\s+)?"
                    + "(?:[\\w-]+\\s+){0,2}(?:pass ?word|passcode|pin|code)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RESET_TO = Pattern.compile(
            "\\b(?:reset|changed|set|updated)\\s+(?:[\\w'’]+\\s+){0,3}?(?:pass ?word|passcode|pin|code)\\s+(?:to|as)\\s+"
                    + SECRET,
            Pattern.CASE_INSENSITIVE);

    /** A message with none of these cannot share a credential; most messages stop here. */
    private static final List<String> CUES = List.of("pass", "pin", "code", "pw", "combo", "combination", "key",
            "lock", "safe", "login", "log in", "log-in", "logon", "sign", "account", "credential", "user");
    /** "change your password 90 days from now": a number with a unit is not a secret. */
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "\\s*(?:days?|weeks?|months?|years?|mins?|minutes?|hours?|hrs?|seconds?|characters?|chars|digits?"
                    + "|letters?|numbers?|times|attempts?|tries|goes|%|pm|am)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:$|[,.;!?)\\n])");
    private static final Pattern CODE_GROUPS = Pattern.compile("[A-Z0-9]{3,}(?:-[A-Z0-9]{3,})+");

    /** Words before "code" that make it something other than a secret: "zip code", "sort code". */
    private static final Pattern NOT_A_SECRET_CODE = Pattern.compile(
            "(?i)\\b(?:zip|post|postal|area|country|dialling|dialing|tax|dress|bar|qr|course|discount|promo|voucher"
                    + "|product|colour|color|source|error|sort|region|airport|subject|exam|centre|center|candidate|school"
                    + "|urn|dfe|la|cost|budget|nominal|ledger|nhs|reference|ref|morse|highway|building|tracking)\\s*$");

    /** Words that follow "password is" without being one: "the password is on the noticeboard". */
    private static final Set<String> NOT_SECRETS = Set.of("the", "a", "an", "on", "in", "at", "is", "was", "has",
            "have", "been", "being", "reset", "changed", "changing", "expired", "expiring", "wrong", "incorrect",
            "not", "still", "same", "different", "new", "old", "below", "above", "attached", "here", "there",
            "sent", "emailed", "written", "available", "required", "needed", "correct", "case", "what", "which",
            "why", "how", "where", "when", "please", "ask", "check", "from", "for", "to", "your", "my", "his",
            "her", "their", "our", "its", "it", "this", "that", "these", "those", "and", "or", "but", "if", "so",
            "too", "very", "also", "just", "now", "easy", "hard", "strong", "weak", "ok", "okay", "fine",
            "working", "broken", "locked", "unlocked", "blank", "empty", "none", "unknown", "secret",
            "confidential", "private", "going", "coming", "due", "set", "updated", "printed", "displayed",
            "shown", "given", "shared", "stuck", "taped", "pinned", "kept", "stored", "saved", "known", "sorted",
            "fixed", "ready", "done", "needs", "need", "should", "will", "would", "can", "could", "must", "may",
            "might", "does", "doesn't", "isn't", "wasn't", "won't", "don't", "didn't", "anyone", "somebody",
            "someone", "nobody", "everyone", "protected", "policy", "policies", "manager", "reminder",
            "reminders", "requirements", "rules", "change", "changes", "resets", "reset?", "expires", "expire",
            "generator", "strength", "section", "field", "box", "page", "screen", "prompt", "card", "cards",
            "sheet", "list", "email", "emails", "letter", "office", "reception", "noticeboard", "board", "sticker",
            "label", "back", "front", "top", "bottom", "inside", "outside", "by", "with", "about", "into",
            "again", "yet", "only", "all", "any", "some", "more", "less", "no", "yes", "definitely", "probably",
            "really", "quite", "too?", "who", "whose", "whom", "asking", "asked", "request", "requests",
            "updating", "update", "long", "short", "complex", "simple", "obvious", "memorable", "written?",
            "ridiculous", "annoying", "impossible", "rubbish", "useless", "terrible", "weird", "odd", "strange",
            "stupid", "silly", "lost", "forgotten", "forgot", "remembered", "remember", "i", "we", "you", "he",
            "she", "they", "me", "us", "them", "him", "hint", "hints", "expiry",
            "problem", "problems", "issue", "issues", "help", "login", "logins", "app", "system", "holders",
            "training", "safety", "security", "details", "stage", "stages", "worker", "workers", "person", "points",
            "point", "question", "questions", "idea", "ideas", "message", "messages", "works", "work");

    @Override
    public List<Finding> detect(ScanInput input) {
        NormalisedText view = input.clean();
        String text = view.text();
        String lower = text.toLowerCase(Locale.ROOT);
        if (CUES.stream().noneMatch(lower::contains)) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        Matcher m = WORD_THEN_SECRET.matcher(text);
        for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
            if (!qualifiedAway(text, m)) {
                add(view, found, m, 2, m.group(1).toLowerCase(Locale.ROOT), true);
            }
        }
        m = WORD_SECRET.matcher(text);
        // Restarting one character on lets "key code 2020" be read as "code 2020" after "key code" fails.
        for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
            if (!qualifiedAway(text, m)) {
                add(view, found, m, 2, m.group(1).toLowerCase(Locale.ROOT), false);
            }
        }
        m = WORD_LATER_DIGITS.matcher(text);
        while (m.find()) {
            if (!qualifiedAway(text, m)) {
                add(view, found, m, 2, "code", true);
            }
        }
        m = LOGIN_PAIR.matcher(text);
        while (m.find()) {
            String secret = m.group(2);
            if (secret.chars().anyMatch(Character::isDigit) || hasSymbol(secret)) {
                add(view, found, m, 2, "password", true);
            }
        }
        m = SECRET_THEN_WORD.matcher(text);
        while (m.find()) {
            add(view, found, m, 1, "code", true);
        }
        m = RESET_TO.matcher(text);
        while (m.find()) {
            add(view, found, m, 1, "password", true);
        }
        return found;
    }

    private static boolean qualifiedAway(String text, Matcher m) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        return word.startsWith("code")
                && NOT_A_SECRET_CODE.matcher(text).region(Math.max(0, m.start(1) - 20), m.start(1)).find();
    }

    private static void add(NormalisedText view, List<Finding> found, Matcher m, int group, String word,
            boolean explicitSeparator) {
        int start = m.start(group);
        int end = trimTrailingPunctuation(view.text(), start, m.end(group));
        if (end - start < 3) {
            return;
        }
        String secret = view.text().substring(start, end);
        if (!explicitSeparator && UNIT_AFTER.matcher(view.text()).region(end, view.text().length()).lookingAt()) {
            return;
        }
        Double score = score(word, secret, explicitSeparator);
        // "password hexagon" ends its clause; "password every 90 days" goes on, so it is prose.
        if (score != null && !explicitSeparator && secret.chars().allMatch(Character::isLetter)
                && !CLAUSE_END.matcher(view.text()).region(end, view.text().length()).lookingAt()) {
            return;
        }
        if (score != null) {
            for (Finding f : found) {
                if (f.start() <= view.originalStart(start) && view.originalEnd(end) <= f.end()) {
                    return;
                }
            }
            found.add(view.finding(FindingType.CREDENTIAL, start, end, score, DetectorKind.RULE));
        }
    }

    /** How sure the secret is one, or null when it is not a secret at all. */
    private static Double score(String word, String secret, boolean explicitSeparator) {
        String key = secret.toLowerCase(Locale.ROOT);
        if (NOT_SECRETS.contains(key) || secret.chars().allMatch(c -> c == '*' || c == '.' || c == 'x' || c == 'X')) {
            return null;
        }
        boolean hasDigit = secret.chars().anyMatch(Character::isDigit);
        boolean allDigits = secret.chars().allMatch(Character::isDigit);
        boolean passwordWord = word.startsWith("pass") || word.startsWith("pw") || word.startsWith("pwd")
                || word.equals("network key");
        if (!explicitSeparator) {
            // "door code 4721": no verb, so only a secret with digits counts, or a word after
            // the singular "password" ("password hexagon"), less surely.
            if (hasDigit && secret.length() <= 20) {
                return 0.9;
            }
            boolean singular = word.equals("password") || word.equals("pw") || word.equals("pwd");
            return singular && secret.chars().allMatch(Character::isLetter) && secret.length() >= 4 ? 0.7 : null;
        }
        if (passwordWord) {
            if (word.equals("pass") && !hasDigit) {
                return null;
            }
            return hasDigit || hasSymbol(secret) ? 0.97 : 0.85;
        }
        if (allDigits) {
            return secret.length() <= 10 ? 0.95 : null;
        }
        if (hasDigit) {
            return 0.85;
        }
        // Account codes are often capitals in hyphenated groups: "KQWP-ZTRX".
        return CODE_GROUPS.matcher(secret).matches() ? 0.85 : null;
    }

    private static boolean hasSymbol(String secret) {
        return secret.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) || !secret.equals(secret.toLowerCase(Locale.ROOT));
    }

    private static int trimTrailingPunctuation(String text, int start, int end) {
        while (end > start && ".,;:?)]}".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
