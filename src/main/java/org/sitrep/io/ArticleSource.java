package org.sitrep.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The articles named by a command-line PATH: a JSONL file, a {@code .txt} file (one article), a
 * directory of {@code .txt} files, or "-" for JSONL on standard input. Items are read lazily.
 */
public final class ArticleSource implements Closeable {

    private final Iterator<InputItem> items;
    private final Closeable resource;

    private ArticleSource(Iterator<InputItem> items, Closeable resource) {
        this.items = items;
        this.resource = resource;
    }

    /**
     * @throws InputUnusableException when PATH does not exist, cannot be read, or holds no
     *     {@code .txt} file
     */
    public static ArticleSource open(String path, InputStream stdin, LocalDate defaultPublished) {
        if (path.equals("-")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            return new ArticleSource(new ArticleReader(r, defaultPublished), r);
        }
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            throw new InputUnusableException(path + ": no such file or directory");
        }
        if (!Files.isReadable(p)) {
            throw new InputUnusableException(path + ": not readable");
        }
        if (Files.isDirectory(p)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(p)) {
                files = s.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                        .sorted().toList();
            } catch (IOException e) {
                throw new InputUnusableException(path + ": cannot list directory (" + e.getMessage() + ")");
            }
            if (files.isEmpty()) {
                throw new InputUnusableException(path + ": directory holds no .txt file");
            }
            return new ArticleSource(files.stream().map(f -> TextArticles.read(f, defaultPublished))
                    .iterator(), () -> { });
        }
        if (path.endsWith(".txt")) {
            return new ArticleSource(List.of(TextArticles.read(p, defaultPublished)).iterator(), () -> { });
        }
        sniff(p, path);
        try {
            // An InputStreamReader replaces invalid UTF-8 instead of throwing (as Files.newBufferedReader
            // would), so one badly encoded line cannot end the batch; the article check flags it.
            BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(p),
                    StandardCharsets.UTF_8));
            return new ArticleSource(new ArticleReader(r, defaultPublished), r);
        } catch (IOException e) {
            throw new InputUnusableException(path + ": cannot open (" + e.getMessage() + ")");
        }
    }

    /**
     * Rejects a whole file that cannot be JSON Lines: empty, or binary (a NUL byte or many
     * control bytes in its first 4 KiB), with one message rather than an error per "line".
     */
    private static void sniff(Path p, String path) {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(p)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new InputUnusableException(path + ": cannot read (" + e.getMessage() + ")");
        }
        if (n == 0) {
            throw new InputUnusableException(path + ": empty file, no articles");
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                control = n;
                break;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                control++;
            }
        }
        if (control > n / 100) {
            throw new InputUnusableException(path + ": binary data, not JSON Lines articles");
        }
    }

    public Iterator<InputItem> items() {
        return items;
    }

    @Override
    public void close() throws IOException {
        resource.close();
    }

    /** Thrown when the input as a whole cannot be used (command-line exit status 2). */
    public static final class InputUnusableException extends RuntimeException {
        public InputUnusableException(String message) {
            super(message);
        }
    }
}
