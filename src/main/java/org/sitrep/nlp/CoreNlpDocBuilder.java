package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import org.sitrep.model.Article;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Builds a {@link Doc} with Stanford CoreNLP. The only class that sees CoreNLP types. One
 * instance loads the models once (about 10 s) and is shared by all worker threads: the
 * annotators and the parser are safe to call concurrently on different annotations.
 *
 * <p>By default a cascade: tokenizer, POS tagger and lemmatiser run over every sentence; a
 * lexicon pass then picks the sentences the stages read a parse of (those with trigger, death
 * or claim words). Only those get the dependency parse; those, their neighbours and the lead get
 * SUTime where they have a time word, and only over a few words around each time word
 * ({@link TimeWindowTagger}); every sentence gets named entities.
 */
public final class CoreNlpDocBuilder implements DocBuilder {

    /** The NER labels of time expressions. */
    static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    /** The annotators before NER (tokenize ... lemma), in order, run over every sentence. */
    private final List<Named> annotators;
    /**
     * The statistical NER with CoreNLP's number rules, over every sentence: with SUTime when
     * there is no {@link #timeTagger}, without it otherwise. Null when the properties ask for no NER.
     */
    private final Annotator ner;
    /** SUTime over windows around the time words of some sentences; null to run it in {@link #ner}. */
    private final TimeWindowTagger timeTagger;
    /** Builds the entity mentions once {@link #timeTagger} has labelled the times. */
    private final Annotator mentions;
    /** Null when the properties ask for no dependency parse. */
    private final DependencyParser parser;
    private final SentenceSelector parseSelector;

    private record Named(String name, Annotator annotator) {
    }

    /**
     * The coding configuration: {@link #defaultProperties()} as a cascade, in which a lexicon
     * pass over each sentence decides which get the expensive steps.
     */
    public CoreNlpDocBuilder() {
        this(defaultProperties(), LexiconSentenceSelector.load(), new TimeWordSelector());
    }

    /** Tokens either side of a time word that SUTime reads: the longest expressions it builds
     * ("from 10 p.m. on Saturday to dawn on Sunday") are made of time words at most this far apart. */
    static final int TIME_WINDOW_REACH = 4;

    /** Runs the given annotators over every sentence. */
    public CoreNlpDocBuilder(Properties props) {
        this(props, SentenceSelector.ALL, SentenceSelector.ALL);
    }

    /**
     * Runs the given annotators as a cascade: the dependency parse only over the sentences
     * {@code parseSelector} picks; SUTime only over those {@code timeSelector} picks among them,
     * their neighbours and the lead, and within them only around their time words when
     * {@code timeSelector} is a {@link TimeWordSelector}.
     */
    public CoreNlpDocBuilder(Properties props, SentenceSelector parseSelector, SentenceSelector timeSelector) {
        this.parseSelector = parseSelector;
        Properties withoutParse = new Properties();
        withoutParse.putAll(props);
        List<String> names = List.of(props.getProperty("annotators").split("\\s*,\\s*"));
        withoutParse.setProperty("annotators", String.join(",",
                names.stream().filter(n -> !n.equals("depparse")).toList()));
        int nerAt = names.indexOf("ner");
        if (nerAt >= 0 && names.subList(nerAt + 1, names.size()).stream().anyMatch(n -> !n.equals("depparse"))) {
            throw new IllegalArgumentException("annotators after ner are not supported: " + names);
        }
        Properties beforeNer = new Properties();
        beforeNer.putAll(withoutParse);
        beforeNer.setProperty("annotators", String.join(",", nerAt < 0 ? names : names.subList(0, nerAt)));
        StanfordCoreNLP pipeline = new StanfordCoreNLP(beforeNer);
        // StanfordCoreNLP runs exactly these annotators in this order; calling them one by one
        // gives the same annotation and lets each step be timed
        List<Named> before = new ArrayList<>();
        for (String name : pipeline.getProperties().getProperty("annotators").split("\\s*,\\s*")) {
            before.add(new Named(name, pipeline.pool.get(name)));
        }
        this.annotators = List.copyOf(before);
        if (nerAt >= 0 && timeSelector instanceof TimeWordSelector timeWords
                && Boolean.parseBoolean(props.getProperty("ner.useSUTime", "true"))) {
            // the statistical NER without SUTime over every sentence, then SUTime alone (NER in
            // rules-only mode) over windows; the mentions are built once both have labelled
            this.ner = nerWith(withoutParse, "ner.useSUTime", "false", "ner.buildEntityMentions", "false");
            this.timeTagger = new TimeWindowTagger(nerWith(withoutParse, "ner.rulesOnly", "true",
                    "ner.buildEntityMentions", "false"), timeWords, TIME_WINDOW_REACH);
            this.mentions = Boolean.parseBoolean(props.getProperty("ner.buildEntityMentions", "true"))
                    ? new EntityMentionsAnnotator() : null;
        } else {
            this.ner = nerAt >= 0 ? nerWith(withoutParse) : null;
            this.timeTagger = null;
            this.mentions = null;
        }
        // the parser itself rather than its annotator, which also derives four graphs from
        // each parse (collapsed, cc-processed, enhanced, enhanced++) that nothing reads
        Properties parseProps = PropertiesUtils.extractPrefixedProperties(props, "depparse.", true);
        this.parser = names.contains("depparse")
                ? DependencyParser.loadFromModelFile(parseProps.getProperty("model", DependencyParser.DEFAULT_MODEL),
                        parseProps)
                : null;
    }

    /** CoreNLP's NER annotator as configured by {@code props} with some properties changed. */
    private static Annotator nerWith(Properties props, String... keyValues) {
        Properties p = new Properties();
        p.putAll(props);
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        // the annotators before NER come from CoreNLP's cache of annotators with these settings
        return new StanfordCoreNLP(p).pool.get("ner");
    }

    /**
     * Only what the stages use, tuned for speed: the single 3-class NER model instead of three
     * stacked ones, no fine-grained regexner or KBP mentions; SUTime for dates.
     */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("tokenize.language", "en");
        // wire copy is often hard-wrapped: a blank line ends a sentence, a single newline does not
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.language", "en");
        p.setProperty("sutime.includeRange", "true");
        return p;
    }

    /**
     * Silences CoreNLP's own progress logging ("Adding annotator ..."), which would otherwise mix
     * with the command line's output on stderr. Process-wide, so only entry points call it.
     */
    public static void quietLogging() {
        edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
    }

    @Override
    public Doc build(Article article) {
        return build(article, (step, nanos) -> { });
    }

    @Override
    public Doc build(Article article, ObjLongConsumer<String> stepNanos) {
        GluedSentences prepared = GluedSentences.separate(article.text());
        Annotation ann = new Annotation(prepared.text());
        if (article.published() != null) {
            ann.set(CoreAnnotations.DocDateAnnotation.class,
                    article.published().format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        for (Named a : annotators) {
            long t0 = System.nanoTime();
            a.annotator().annotate(ann);
            stepNanos.accept("nlp:" + a.name(), System.nanoTime() - t0);
        }
        List<CoreMap> all = ann.get(CoreAnnotations.SentencesAnnotation.class);
        long s0 = System.nanoTime();
        boolean[] selected = select(all, parseSelector);
        // the stages read a parse only of the sentences that carry an event or one of its
        // fields; the times of the sentences beside them still count ("the next day" is read
        // from the date before it), so those keep SUTime though they are not parsed
        boolean[] timeContext = withNeighbours(selected);
        stepNanos.accept("nlp:select", System.nanoTime() - s0);
        if (ner != null) {
            recognise(ann, all, timeContext, stepNanos);
        }
        if (parser != null) {
            parse(all, selected, stepNanos);
        }
        long t0 = System.nanoTime();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(sentence(sentences.size(), s, prepared));
        }
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> mentions = new ArrayList<>();
        List<Integer> mentionSentence = new ArrayList<>();
        // per sentence: NER ran over two subsets of the sentences, each setting its own list
        for (int i = 0; i < all.size(); i++) {
            List<CoreMap> in = all.get(i).get(CoreAnnotations.MentionsAnnotation.class);
            for (CoreMap m : in == null ? List.<CoreMap>of() : in) {
                mentions.add(m);
                mentionSentence.add(i);
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            CoreMap m = mentions.get(k);
            Span span = span(prepared, m);
            String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            int sentence = mentionSentence.get(k);
            String text = m.get(CoreAnnotations.TextAnnotation.class);
            if (TIME_TAGS.contains(tag)) {
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                times.add(new TimeExpression(span, text, timex == null ? tag : timex.timexType(),
                        timex == null ? null : timex.value(), sentence));
            } else {
                entities.add(new EntityMention(span, text, tag, sentence));
            }
        }
        Doc doc = new Doc(article, sentences, entities, times);
        stepNanos.accept("nlp:convert", System.nanoTime() - t0);
        return doc;
    }

    /**
     * Named entities and numbers over every sentence; times over the sentences that may hold a
     * time the stages read (those in {@code used}, and the lead).
     */
    private void recognise(Annotation ann, List<CoreMap> all, boolean[] used, ObjLongConsumer<String> stepNanos) {
        long t0 = System.nanoTime();
        ner.annotate(ann);
        long t1 = System.nanoTime();
        stepNanos.accept("nlp:ner", t1 - t0);
        if (timeTagger == null) {
            return;
        }
        List<CoreMap> withTime = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            // the stages date events from these sentences' times, and from the lead's; the
            // tagger passes over those without a time word
            if (used[i] || i == 0) {
                withTime.add(all.get(i));
            }
        }
        long t2 = System.nanoTime();
        stepNanos.accept("nlp:select", t2 - t1);
        timeTagger.tag(ann, withTime);
        long t3 = System.nanoTime();
        stepNanos.accept("nlp:sutime", t3 - t2);
        if (mentions != null) {
            // one sentence at a time: over a whole document the annotator's loop is compiled
            // on the stack (OSR) again and again, seconds of the JIT's time each
            String text = ann.get(CoreAnnotations.TextAnnotation.class);
            for (CoreMap s : all) {
                Annotation one = new Annotation(text);
                one.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
                mentions.annotate(one);
            }
        }
        stepNanos.accept("nlp:mentions", System.nanoTime() - t3);
    }

    /** The basic dependency parse of the selected sentences. */
    private void parse(List<CoreMap> all, boolean[] chosen, ObjLongConsumer<String> stepNanos) {
        long t1 = System.nanoTime();
        for (int i = 0; i < all.size(); i++) {
            if (chosen[i]) {
                CoreMap s = all.get(i);
                GrammaticalStructure gs = parser.predict(s);
                s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                        SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
                                GrammaticalStructure.Extras.NONE, null));
            }
        }
        stepNanos.accept("nlp:depparse", System.nanoTime() - t1);
    }

    /** Which sentences the selector picks. */
    private static boolean[] select(List<CoreMap> all, SentenceSelector selector) {
        boolean[] chosen = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (selector == SentenceSelector.ALL) {
                chosen[i] = true;
                continue;
            }
            List<CoreLabel> tokens = all.get(i).get(CoreAnnotations.TokensAnnotation.class);
            List<String> words = new ArrayList<>(tokens.size());
            List<String> lemmas = new ArrayList<>(tokens.size());
            for (CoreLabel t : tokens) {
                words.add(t.word());
                lemmas.add(t.lemma());
            }
            chosen[i] = selector.selects(words, lemmas);
        }
        return chosen;
    }

    /** The chosen sentences and the one either side of each. */
    private static boolean[] withNeighbours(boolean[] chosen) {
        boolean[] widened = new boolean[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            widened[i] = chosen[i] || (i > 0 && chosen[i - 1]) || (i + 1 < chosen.length && chosen[i + 1]);
        }
        return widened;
    }

    private static Span span(GluedSentences prepared, CoreMap m) {
        return new Span(prepared.toOriginal(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)),
                prepared.toOriginal(m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
    }

    private static Sentence sentence(int index, CoreMap s, GluedSentences prepared) {
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(new Token(tokens.size(), new Span(prepared.toOriginal(t.beginPosition()),
                    prepared.toOriginal(t.endPosition())),
                    t.word(), t.lemma(), t.tag(), t.ner() == null ? "O" : t.ner()));
        }
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (var root : graph.getRoots()) {
                deps.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
        }
        return new Sentence(index, span(prepared, s), tokens, deps);
    }
}
