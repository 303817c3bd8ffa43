package org.sitrep.jmh;

import org.sitrep.bench.SyntheticNews;
import org.sitrep.model.Article;

/** The text the micro-benchmarks read: invented news reports of about 2,000 characters. */
final class BenchTexts {

    private BenchTexts() {
    }

    static Article report(int i) {
        return new SyntheticNews(1).articles(i + 1).get(i);
    }
}
