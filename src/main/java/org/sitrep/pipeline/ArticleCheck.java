package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;

/**
 * Decides whether an article's text can be coded, before any model sees it: empty, binary or
 * non-English texts are rejected with a reason; over-long texts are cut with a warning (news
 * reports put their events first, and an unbounded text would stall a worker for minutes).
 */
public final class ArticleCheck {

    /** About 20,000 tokens: far beyond a news report, a few seconds of parsing. */
    public static final int DEFAULT_MAX_CHARS = 100_000;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "a", "an", "of", "in",
            "and", "to", "was", "were", "is", "are", "on", "at", "by", "for", "with", "from", "said",
            "that", "has", "have", "had", "it", "he", "they", "after", "as", "be", "been", "this");

    private final int maxChars;

    public ArticleCheck(int maxChars) {
        this.maxChars = maxChars;
    }

    public ArticleCheck() {
        this(DEFAULT_MAX_CHARS);
    }

    /** The article to code and any warnings; or a rejection carrying the reason. */
    public Checked check(Article article) {
        String text = article.text();
        if (text.isBlank()) {
            throw new ArticleRejectedException("empty text");
        }
        int junk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                junk++;
            }
        }
        if (junk > 0.05 * text.length()) {
            throw new ArticleRejectedException(String.format(Locale.ROOT,
                    "text looks binary or wrongly encoded (%d of %d characters are control or invalid)",
                    junk, text.length()));
        }
        List<String> warnings = new ArrayList<>();
        if (junk > 0) {
            warnings.add(junk + " invalid or control characters in text");
        }
        if (!looksEnglish(text)) {
            throw new ArticleRejectedException("text does not look like English (the only language coded)");
        }
        Article out = article;
        if (text.length() > maxChars) {
            warnings.add(String.format(Locale.ROOT, "text has %,d characters; coded only the first %,d",
                    text.length(), maxChars));
            out = new Article(article.id(), article.published(), article.title(),
                    text.substring(0, maxChars), article.url());
        }
        return new Checked(out, warnings);
    }

    /** English prose has a function word in every few words; other languages almost never. */
    static boolean looksEnglish(String text) {
        Matcher m = WORD.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        int words = 0;
        int function = 0;
        while (m.find()) {
            words++;
            if (ENGLISH_FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                function++;
            }
        }
        // very short texts (a headline) carry too little signal to reject
        return words < 12 || function >= 0.06 * words;
    }

    public record Checked(Article article, List<String> warnings) {
    }

    /** The article cannot be coded; the message says why in one line. */
    public static final class ArticleRejectedException extends RuntimeException {
        public ArticleRejectedException(String message) {
            super(message);
        }
    }
}
