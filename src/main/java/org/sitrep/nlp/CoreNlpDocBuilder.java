package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
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
 * instance loads the models once (tens of seconds) and is shared by all worker threads:
 * CoreNLP's annotate() is safe to call concurrently on different annotations.
 */
public final class CoreNlpDocBuilder implements DocBuilder {

    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    /** The annotators in pipeline order, each with its name, so that each can be timed. */
    private final List<Named> annotators;
    private final SentenceSelector selector;

    private record Named(String name, Annotator annotator) {
    }

    /** The coding configuration: {@link #defaultProperties()}, parsing the sentences the stages read. */
    public CoreNlpDocBuilder() {
        this(defaultProperties(), LexiconSentenceSelector.load());
    }

    /** Runs the given annotators over every sentence. */
    public CoreNlpDocBuilder(Properties props) {
        this(props, SentenceSelector.ALL);
    }

    /**
     * Runs the given annotators; the dependency parse, the costliest with NER, only over the
     * sentences the selector picks and their neighbours.
     */
    public CoreNlpDocBuilder(Properties props, SentenceSelector selector) {
        this.selector = selector;
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        // StanfordCoreNLP runs exactly these annotators in this order; calling them one by one
        // gives the same annotation and lets each step be timed
        List<Named> named = new ArrayList<>();
        for (String name : pipeline.getProperties().getProperty("annotators").split("\\s*,\\s*")) {
            named.add(new Named(name, pipeline.pool.get(name)));
        }
        this.annotators = List.copyOf(named);
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
            if (a.name().equals("depparse") && selector != SentenceSelector.ALL) {
                parseSelected(ann, a.annotator(), stepNanos);
                continue;
            }
            long t0 = System.nanoTime();
            a.annotator().annotate(ann);
            stepNanos.accept("nlp:" + a.name(), System.nanoTime() - t0);
        }
        long t0 = System.nanoTime();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(sentence(sentences.size(), s, prepared));
        }
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> mentions = ann.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
            Span span = span(prepared, m);
            String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            int sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
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
     * Parses only the selected sentences and their neighbours: the parser reads the annotation's
     * sentence list, so it is given the selected sentences and then the full list is put back.
     */
    private void parseSelected(Annotation ann, Annotator parser, ObjLongConsumer<String> stepNanos) {
        long t0 = System.nanoTime();
        List<CoreMap> all = ann.get(CoreAnnotations.SentencesAnnotation.class);
        boolean[] chosen = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            List<CoreLabel> tokens = all.get(i).get(CoreAnnotations.TokensAnnotation.class);
            List<String> words = new ArrayList<>(tokens.size());
            List<String> lemmas = new ArrayList<>(tokens.size());
            for (CoreLabel t : tokens) {
                words.add(t.word());
                lemmas.add(t.lemma());
            }
            if (selector.needsParse(words, lemmas)) {
                for (int k = Math.max(0, i - 1); k <= Math.min(all.size() - 1, i + 1); k++) {
                    chosen[k] = true;
                }
            }
        }
        List<CoreMap> selected = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (chosen[i]) {
                selected.add(all.get(i));
            }
        }
        long t1 = System.nanoTime();
        stepNanos.accept("nlp:select", t1 - t0);
        if (!selected.isEmpty()) {
            ann.set(CoreAnnotations.SentencesAnnotation.class, selected);
            try {
                parser.annotate(ann);
            } finally {
                ann.set(CoreAnnotations.SentencesAnnotation.class, all);
            }
        }
        stepNanos.accept("nlp:depparse", System.nanoTime() - t1);
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
