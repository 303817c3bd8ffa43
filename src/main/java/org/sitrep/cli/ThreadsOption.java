package org.sitrep.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --threads N}: how many workers share the one NLP pipeline (default: the cores). */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads sharing one NLP pipeline (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The thread count, or -1 after printing why it is unusable. */
    int checked(PrintWriter err) {
        if (threads < 1) {
            err.println("sitrep: --threads must be at least 1");
            return -1;
        }
        return threads;
    }
}
