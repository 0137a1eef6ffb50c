package dev.connectorerrorbot.matching;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the signs of someone's own software that are shapes rather than words: stack frames of Java, .NET, Python and
 * JavaScript, and the person saying the program is theirs ("our release script", 自作ツール, 社内ポータル). Every
 * repetition is bounded, so a 40,000-character paste costs a linear scan.
 */
final class TextSigns {
    private static final Pattern STACK_FRAME = Pattern.compile(
            "(?m)^[ \\t>]{0,20}+at [\\w$.<>/\\[\\]`]{1,300}+\\([^()\\n]{0,300}+\\)"
            + "|^[ \\t>]{0,20}+at [^\\n(]{1,200}+\\([^()\\n]{1,300}+:\\d{1,6}+:\\d{1,6}+\\)"
            + "|Traceback \\(most recent call last\\)"
            + "|^[ \\t>]{0,20}+File \"[^\"\\n]{1,300}+\", line \\d"
            + "|Exception in thread \""
            + "|^[ \\t>]{0,20}+Caused by: [\\w.$]{1,200}+"
            + "|^[ \\t>]{0,20}+\\.\\.\\. \\d{1,5}+ more$");

    private static final String SOFTWARE = "script|scripts|microservice|microservices|tool|tools|tooling|plugin|"
            + "plugins|cron|pipeline|pipelines|code|codebase|library|lib|sdk|bot|build|builds|route|routes|backend|"
            + "frontend|website|webapp|mailer|lambda|lambdas|daemon|worker|workers|cli|program|"
            + "module|batch|job|jobs|laptop|machine|pc|generator|exporter|"
            + "importer|wrapper|function|functions|cluster";
    private static final Pattern OWN_SOFTWARE_EN = Pattern.compile("(?i)\\b(?:my|our) own\\b"
            + "|\\b(?:I|we) (?:wrote|write|developed|coded)\\b"
            + "|\\b(?:in-house|homegrown|home-grown|self-written|hand-rolled)\\b"
            // "our billing service" but not "our Okta service": a service named after an app is the person's tenant
            + "|\\b(?:my|our) (?:(?:(?-i:[a-z][\\w-]{1,30}+) )?(?:service|services|server|servers|web app|mobile app)"
            + "|(?:[\\w.-]{1,30}+ ){0,3}?(?:" + SOFTWARE + "))\\b"
            + "(?! ?(?:account|accounts|principal|user|users|connector|connectors|admin|admins|desk|now|plan|"
            + "tenant|subscription|owner|status page|health|team|provider|providers)\\b)");
    /** A kind of program, unless it is the word before コネクタ (アプリ コネクタ) or アカウント (サービス アカウント). */
    private static final String SOFTWARE_JA = "(?:ツール|アプリ|スクリプト|システム|ポータル|サービス|バッチ|画面|コード|プログラム|"
            + "ライブラリ|クライアント|API)(?! ?(?:コネクタ|連携|アカウント))";
    private static final Pattern OWN_SOFTWARE_JA = Pattern.compile("自作|自社開発|自社製|内製|手作り|自前の"
            + "|自分(?:で|が)(?:書いた|作った|作成した)|(?:私|僕|自分|うち|弊社|当社)の[^。、,.\\n]{0,16}?" + SOFTWARE_JA
            + "|社内(?:の|で)?[^。、,.\\n]{0,16}?" + SOFTWARE_JA
            + "|独自(?:の|に)?[^。、,.\\n]{0,8}?" + SOFTWARE_JA);

    private TextSigns() {
    }

    /** The first stack frame in the text, if any. */
    static Optional<String> stackFrame(String text) {
        return first(STACK_FRAME, text);
    }

    /** Where the person first says the program is their own, if anywhere. */
    static Optional<String> ownSoftware(String text) {
        Optional<String> english = first(OWN_SOFTWARE_EN, text);
        return english.isPresent() ? english : first(OWN_SOFTWARE_JA, text);
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group().strip()) : Optional.empty();
    }
}
