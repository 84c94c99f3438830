package org.staffroomwarden.scan;

/**
 * The kind of thing a finding found, within its category. Personal-data types are those of
 * spec/categories.md, so that a redaction can say what it hid.
 */
public enum FindingType {
    PHONE(Category.PERSONAL_DATA),
    EMAIL(Category.PERSONAL_DATA),
    ADDRESS(Category.PERSONAL_DATA),
    POSTCODE(Category.PERSONAL_DATA),
    DATE_OF_BIRTH(Category.PERSONAL_DATA),
    NI_NUMBER(Category.PERSONAL_DATA),
    NHS_NUMBER(Category.PERSONAL_DATA),
    UPN(Category.PERSONAL_DATA),
    PASSPORT(Category.PERSONAL_DATA),
    DRIVING_LICENCE(Category.PERSONAL_DATA),
    BANK_ACCOUNT(Category.PERSONAL_DATA),
    CARD_NUMBER(Category.PERSONAL_DATA),
    PERSON_NAME(Category.PERSONAL_DATA),
    HEALTH(Category.PERSONAL_DATA),
    SEN(Category.PERSONAL_DATA),
    SAFEGUARDING(Category.PERSONAL_DATA),
    SPECIAL_CATEGORY(Category.PERSONAL_DATA),
    FAMILY(Category.PERSONAL_DATA),
    CREDENTIAL(Category.CREDENTIALS),
    /** Swearing and crude words. */
    PROFANITY(Category.INAPPROPRIATE_LANGUAGE),
    /** Obscene or sexual language. */
    SEXUAL(Category.INAPPROPRIATE_LANGUAGE),
    /** A slur: inappropriate language that also demeans a group. */
    SLUR(Category.INAPPROPRIATE_LANGUAGE),
    /** Gossip, banter or chit-chat with no work purpose (a model's finding on the whole message). */
    BANTER(Category.BANTER),
    /** Planning a social engagement (a model's finding on the whole message). */
    SOCIAL_PLAN(Category.SOCIAL_PLANNING),
    /** Demeaning, mocking or discriminating: a slur, or a model's finding on the whole message. */
    DEMEANING(Category.DEROGATORY);

    private final Category category;

    FindingType(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    /** Sensitive information about a person: health, SEN, safeguarding, family, special category. */
    public boolean sensitive() {
        return this == HEALTH || this == SEN || this == SAFEGUARDING || this == FAMILY || this == SPECIAL_CATEGORY;
    }
}
