package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;
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

    /** Number of articles for a progress line: cheap to count for files, -1 for stdin or when unknown. */
    public long expectedCount() {
        if (input.equals("-")) {
            return -1;
        }
        Path p = Path.of(input);
        try {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    return s.filter(f -> f.toString().endsWith(".txt")).count();
                }
            }
            if (input.endsWith(".txt")) {
                return 1;
            }
            try (Stream<String> lines = Files.lines(p, StandardCharsets.ISO_8859_1)) {
                return lines.filter(l -> !l.isBlank()).count();
            }
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }
}
