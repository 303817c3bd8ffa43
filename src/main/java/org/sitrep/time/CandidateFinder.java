package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.model.Doc;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.time.TimeLexicon.Entry;
import org.sitrep.time.TimeLexicon.Kind;

/**
 * Reads all time expressions of a report once: the tagger's, plus relative phrases it misses
 * ("an overnight attack"), each resolved in text order so that "three days later" counts from the
 * date just before it. Drops durations, repeated sets, years on their own and background
 * ("since 2012"), which never date an incident.
 */
public final class CandidateFinder {

    private static final Set<String> UNUSABLE_TYPES = Set.of("DURATION", "SET");
    private static final Pattern ORDINAL_DAY = Pattern.compile(DateResolver.DAY_ORDINAL);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Set<String> DIRECTIONS = Set.of("later", "earlier", "ago");
    /** How many sentences back a date still sets the context for "the next day". */
    private static final int CONTEXT_SENTENCES = 2;
    /** How long a wire report may wait before a feed publishes it. */
    private static final int MAX_DATELINE_LAG_DAYS = 7;

    private final TimeLexicon lexicon;
    private final DateResolver resolver;
    private final DatelineFinder datelines;

    public CandidateFinder(TimeLexicon lexicon, DateResolver resolver) {
        this.lexicon = lexicon;
        this.resolver = resolver;
        this.datelines = new DatelineFinder(resolver);
    }

    public ReportTimes find(Doc doc) {
        LocalDate published = doc.article().published();
        Dateline dateline = datelines.find(doc.text(), published).orElse(null);
        LocalDate reference = reportDate(published, dateline);
        List<TimeExpression> all = new ArrayList<>();
        for (TimeExpression t : doc.times()) {
            if (!UNUSABLE_TYPES.contains(t.timexType())) {
                all.add(t);
            } else if (t.timexType().equals("DURATION")) {
                TimeExpression counted = countedFrom(doc, t);
                if (counted != null) {
                    all.add(counted);
                }
            }
        }
        all.addAll(spotted(doc));
        all.sort(Comparator.comparing(TimeExpression::span));
        List<TimeCandidate> out = new ArrayList<>();
        TimeCandidate last = null;
        for (TimeExpression t : all) {
            if (dateline != null && dateline.span().overlaps(t.span()) || isBackground(doc, t)) {
                continue;
            }
            LocalDate context = last != null && last.date().precision() == DatePrecision.DAY
                    && t.sentence() - last.sentence() <= CONTEXT_SENTENCES ? last.date().date() : null;
            Optional<ResolvedDate> d = resolver.resolve(t.text(), t.value(), reference, context);
            if (d.isEmpty() || d.get().precision() == DatePrecision.YEAR) {
                continue;
            }
            Sentence s = doc.sentence(t.sentence());
            TimeCandidate c = new TimeCandidate(t.span(), t.text(), t.sentence(),
                    DependencyPaths.headOf(s, t.span(), new DependencyPaths(s)), attributeOf(s, t.span()), d.get());
            TimeCandidate range = out.isEmpty() ? null : DayRange.join(doc, out.get(out.size() - 1), c);
            if (range != null) {
                out.set(out.size() - 1, range);
            } else {
                out.add(c);
            }
            last = c;
        }
        return new ReportTimes(dateline, reference, out);
    }

    /**
     * The date the report was written, against which its "yesterday" and "on Sunday" count: its
     * dateline's day when it has one ("BAMAKO, Aug 24 (Reuters) -" in a feed that published it
     * two days later), else the publication date. A dateline more than a week before publication
     * is taken for a story's own date, not the report's.
     */
    static LocalDate reportDate(LocalDate published, Dateline dateline) {
        if (dateline == null || dateline.date() == null || dateline.date().precision() != DatePrecision.DAY) {
            return published;
        }
        LocalDate written = dateline.date().date();
        if (published == null || !written.isAfter(published) && !written.isBefore(published.minusDays(MAX_DATELINE_LAG_DAYS))) {
            return written;
        }
        return published;
    }

    /**
     * The noun a date stands before between its determiner and the noun, "the October 7, 2023,
     * attacks": read from the words, because the parser often misplaces such dates.
     */
    private static int attributeOf(Sentence s, Span span) {
        int first = s.tokenAt(span);
        boolean determiner = first >= 0 && s.tokens().get(first).pos().equals("DT")
                || first >= 1 && s.tokens().get(first - 1).pos().equals("DT");
        if (!determiner) {
            return -1;
        }
        // the comma that closes a year ("October 7, 2023, attacks") stands between the date and
        // its noun; any other comma ends the phrase ("on the 14th, prosecutors said")
        Token previous = null;
        for (Token t : s.tokens()) {
            if (t.span().start() < span.end()) {
                previous = t;
                continue;
            }
            if (t.word().equals(",") && previous != null && YEAR.matcher(previous.word()).matches()) {
                previous = t;
                continue;
            }
            return t.isNoun() ? t.index() : -1;
        }
        return -1;
    }

    /** A span of time followed by its direction is a point in time: "a day" + "later". */
    private static TimeExpression countedFrom(Doc doc, TimeExpression t) {
        Sentence s = doc.sentence(t.sentence());
        for (Token tok : s.tokens()) {
            if (tok.span().start() >= t.span().end()) {
                if (!DIRECTIONS.contains(tok.word().toLowerCase(Locale.ROOT))) {
                    return null;
                }
                Span span = new Span(t.span().start(), tok.span().end());
                return new TimeExpression(span, doc.text(span), "DATE", null, t.sentence());
            }
        }
        return null;
    }

    /** A background word right before the expression: "since 2012", "until March", "ahead of Sunday". */
    private boolean isBackground(Doc doc, TimeExpression t) {
        Sentence s = doc.sentence(t.sentence());
        int first = s.tokenAt(t.span());
        if (first < 0) {
            return false;
        }
        String w1 = first >= 1 ? s.tokens().get(first - 1).word().toLowerCase(Locale.ROOT) : "";
        String w2 = first >= 2 ? s.tokens().get(first - 2).word().toLowerCase(Locale.ROOT) + " " + w1 : "";
        String own = s.tokens().get(first).word().toLowerCase(Locale.ROOT);
        return lexicon.get(w1, Kind.BACKGROUND) != null || lexicon.get(w2, Kind.BACKGROUND) != null
                || lexicon.get(own, Kind.BACKGROUND) != null;
    }

    /** Relative phrases the tagger left untagged, e.g. the adjective in "an overnight drone attack". */
    private List<TimeExpression> spotted(Doc doc) {
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                if (isOrdinalDay(toks, i)) {
                    Span span = new Span(toks.get(i - 1).span().start(), toks.get(i).span().end());
                    if (!taggedAlready(doc, span)) {
                        out.add(new TimeExpression(span, doc.text(span), "DATE", null, s.index()));
                    }
                    continue;
                }
                for (int j = Math.min(toks.size(), i + lexicon.longestPhrase()); j > i; j--) {
                    Span span = new Span(toks.get(i).span().start(), toks.get(j - 1).span().end());
                    Entry e = lexicon.get(words(toks, i, j));
                    if (e != null && isSpottable(e.kind()) && !taggedAlready(doc, span)) {
                        out.add(new TimeExpression(span, doc.text(span), "DATE", null, s.index()));
                        i = j - 1;
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** "on the 14th," with no noun after it ("the 14th century", "the 5th battalion"). */
    private static boolean isOrdinalDay(List<Token> toks, int i) {
        return i >= 1 && ORDINAL_DAY.matcher(toks.get(i).word()).matches()
                && toks.get(i - 1).word().equalsIgnoreCase("the")
                && (i + 1 == toks.size() || !toks.get(i + 1).isNoun() && !toks.get(i + 1).pos().startsWith("JJ")
                && !toks.get(i + 1).pos().equals("CD"));
    }

    private static boolean isSpottable(Kind k) {
        return k == Kind.DAY || k == Kind.WEEK || k == Kind.WEEKEND;
    }

    private static boolean taggedAlready(Doc doc, Span span) {
        for (TimeExpression t : doc.times()) {
            if (t.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private static String words(List<Token> toks, int i, int j) {
        StringBuilder b = new StringBuilder();
        for (int k = i; k < j; k++) {
            if (k > i) {
                b.append(' ');
            }
            b.append(toks.get(k).word().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
