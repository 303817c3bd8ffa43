package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.Cli;

/** Unusable arguments and input end with status 2 and a one-line reason, before any model loads. */
class CodeCommandArgumentsTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(err, args);
    }

    @Test
    void missingInputFileIsAnUnusableInput() {
        int status = run("code", "--input", dir.resolve("nope.jsonl").toString(), "--output", "-");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("sitrep: ").contains("nope.jsonl: no such file or directory");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void emptyDirectoryIsAnUnusableInput() {
        int status = run("code", "--input", dir.toString(), "--output", "-");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("directory holds no .txt file");
    }

    @Test
    void emptyAndBinaryFilesAreUnusableInputsWithOneLine() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        assertThat(run("code", "--input", empty.toString(), "--output", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("empty.jsonl: empty file, no articles");
        byte[] junk = new byte[5000];
        new java.util.Random(7).nextBytes(junk);
        Path bin = Files.write(dir.resolve("junk.jsonl"), junk);
        assertThat(run("code", "--input", bin.toString(), "--output", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("junk.jsonl: binary data, not JSON Lines articles");
        assertThat(err.toString().lines()).hasSize(2);
    }

    @Test
    void badPublicationDateIsAUsageError() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "Rebels attacked a base.");
        int status = run("code", "--input", in.toString(), "--output", "-", "--published", "26/08/2024");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--published '26/08/2024' is not a date");
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        assertThat(run("code", "--output", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--input=PATH'");
    }
}
