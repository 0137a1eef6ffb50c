package dev.connectorerrorbot.matching;

/**
 * One kind of evidence about where a documented error string came from, with its weight: positive when it says a
 * Defender for Cloud Apps app connector reported it, negative when it says the person's own software did. An error is
 * taken when the weights of its evidence add up to {@link Verdict#THRESHOLD} or more.
 */
public enum Signal {
    /** The matched text carries a mark only Defender's connectors print (com.adallom, AF20023, "serverResponse"). */
    CONNECTOR_MARK(3, "the text carries a mark only Defender for Cloud Apps connectors print"),
    /** The whole documented string, but one any client library can print (NullPointerException, Read timed out). */
    GENERIC_TEXT(1, "the documented text, but one that any program can print: it needs context"),
    /** Only a part of the documented string, and not its distinctive part. */
    FRAGMENT(0, "only a generic part of the documented text: it needs more context"),
    /** Defender for Cloud Apps, MCAS, MDCA, the Defender portal or its Cloud Apps settings are named. */
    DEFENDER_NAMED(2, "Defender for Cloud Apps (or MCAS, MDCA, its portal) is named"),
    /** An app connector, the connectors page, "Test now", a system alert or a reconnect is named. */
    CONNECTOR_NAMED(2, "an app connector, the connectors page, Test now or a reconnect is named"),
    /** The message names the app (or one of the apps) the error is documented for, other than as a line's label. */
    APP_NAMED(1, "the message names an app the error is documented for"),
    /** An app of the catalog labels the error's line ("Okta: …", "Zendesk → …"). */
    APP_LABEL(2, "an app of the catalog labels the error's line"),
    /** The message is the whole error and nearly nothing else (a part of one pasted alone says nothing). */
    BARE_PASTE(2, "the message is the error pasted on its own"),
    /** Another error in the same message carries a connector mark. */
    BESIDE_CONNECTOR_ERROR(2, "another error in the message is plainly a connector's"),
    /** Stack frames (Java, .NET, Python, JavaScript): Defender's connectors never show any. */
    STACK_FRAMES(-4, "stack frames: a connector's error never shows them"),
    /** The exception name is followed by a message of its own, which the documented bare name does not have. */
    OWN_EXCEPTION_MESSAGE(-4, "the exception carries its own message, unlike the documented one"),
    /** Another exception (AxiosError, BoxOAuthException, RuntimeCamelException) is on the error's line. */
    FOREIGN_EXCEPTION(-3, "another program's exception is on the same line"),
    /** The person says it is their own app, script, tool or service. */
    OWN_SOFTWARE(-3, "the person says it comes from their own software"),
    /** Another product is named where the error is introduced (Splunk, Camel, MSAL, Maven, a Kafka connector). */
    OTHER_PRODUCT(-2, "another product is named as the source");

    private final int weight;
    private final String meaning;

    Signal(int weight, String meaning) {
        this.weight = weight;
        this.meaning = meaning;
    }

    public int weight() {
        return weight;
    }

    /** What the signal means, in English: {@code lookup --explain} is a maintainer's tool. */
    public String meaning() {
        return meaning;
    }
}
