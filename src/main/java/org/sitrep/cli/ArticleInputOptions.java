package org.sitrep.cli;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.io.ArticleSource;
import org.sitrep.io.PublicationDates;
import picocli.CommandLine.Option;

/** Where articles come from and their default publication date: shared by code and explain. */
public final class ArticleInputOptions {

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "JSONL file of articles, a .txt file, a directory of .txt files, or - for stdin.")
    String input;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that have none (always the case for .txt).")
    String published;

    /**
     * Opens the articles.
     *
     * @throws ArticleSource.InputUnusableException when the path or --published is unusable
     */
    public ArticleSource open(InputStream stdin) {
        LocalDate defaultPublished;
        try {
            defaultPublished = published == null ? null : PublicationDates.parse(published);
        } catch (DateTimeParseException e) {
            throw new ArticleSource.InputUnusableException("--published '" + published
                    + "' is not a date (YYYY-MM-DD)");
        }
        return ArticleSource.open(input, stdin, defaultPublished);
    }

    public String path() {
        return input;
    }
}
