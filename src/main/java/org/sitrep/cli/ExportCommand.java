package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.export.ExportFormat;
import org.sitrep.export.Exporter;
import org.sitrep.geo.Countries;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep export}: the store's merged events in one format, streamed. A file is written
 * under a temporary name beside it and moved into place only when complete, so a failed export
 * never leaves a half-written file (and never destroys an earlier complete one).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export merged events from the event store as jsonl, acled-csv, ucdp-csv or geojson.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filterOptions;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "jsonl, acled-csv, ucdp-csv or geojson")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "File to write, or - for standard output (default)")
    String output = "-";

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat fmt;
        EventFilter filter;
        Countries countries = Countries.load();
        try {
            fmt = ExportFormat.fromLabel(format);
            filter = filterOptions.toFilter(countries);
        } catch (IllegalArgumentException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Path target = "-".equals(output) ? null : Path.of(output);
        if (target != null) {
            String problem = unwritable(target);
            if (problem != null) {
                err.println("sitrep: --output " + output + ": " + problem);
                return ExitCode.USAGE;
            }
        }
        long t0 = System.nanoTime();
        long n;
        try (EventStore s = store.open(dataDir.resolve())) {
            n = target == null ? toStdout(s, filter, fmt, countries) : toFile(s, filter, fmt, countries, target);
        } catch (StoreException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("sitrep: export to " + output + " failed: " + e.getMessage());
            return ExitCode.SOFTWARE;
        }
        err.printf(Locale.ROOT, "sitrep: exported %,d events as %s to %s in %.1f s%n", n, fmt.label(),
                target == null ? "standard output" : target, (System.nanoTime() - t0) / 1e9);
        err.flush();
        return ExitCode.OK;
    }

    private long toStdout(EventStore s, EventFilter filter, ExportFormat fmt, Countries countries)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        long n = Exporter.export(s, filter, fmt.writer(out, countries));
        out.flush();
        if (out.checkError()) {
            throw new IOException("standard output could not be written");
        }
        return n;
    }

    private static long toFile(EventStore s, EventFilter filter, ExportFormat fmt, Countries countries,
                               Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        try {
            long n;
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
                    StandardCharsets.UTF_8), 1 << 16)) {
                n = Exporter.export(s, filter, fmt.writer(w, countries));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return n;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Why the output cannot be written, checked before the store is opened; null when it can. */
    static String unwritable(Path target) {
        if (Files.isDirectory(target)) {
            return "is a directory";
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return "directory " + dir + " does not exist";
        }
        if (!Files.isWritable(dir)) {
            return "directory " + dir + " is not writable";
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            return "file is not writable";
        }
        return null;
    }
}
