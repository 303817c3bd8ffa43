package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.testing.Cli;
import picocli.CommandLine;

/** Unusable bench options end with status 2 and a one-line reason, before any model loads. */
class BenchCommandArgumentsTest {

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(err, args);
    }

    @Test
    void threadsTakeOneCountOrACommaSeparatedList() {
        assertThat(BenchCommand.threadCounts("1")).containsExactly(1);
        assertThat(BenchCommand.threadCounts("1,2")).containsExactly(1, 2);
        assertThat(BenchCommand.threadCounts("1, 2,4")).containsExactly(1, 2, 4);
    }

    @Test
    void threadsOptionParsesAsAList() {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs("--synthetic", "5", "--threads", "1,2", "--rounds", "4");
        assertThat(BenchCommand.threadCounts(bench.threads)).containsExactly(1, 2);
        assertThat(bench.rounds).isEqualTo(4);
    }

    @Test
    void defaultsAreOneThreadThreeRoundsAndATwoThousandArticlesWarmUp() {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs("--synthetic", "5");
        assertThat(BenchCommand.threadCounts(bench.threads)).containsExactly(1);
        assertThat(bench.rounds).isEqualTo(3);
        assertThat(bench.warmup).isEqualTo(2000);
    }

    @Test
    void notANumberSaysHowToWriteThem() {
        assertThatThrownBy(() -> BenchCommand.threadCounts("1,x"))
                .hasMessage("--threads '1,x': give thread counts as whole numbers separated by commas, e.g. 1,2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--threads|0|--threads: each thread count must be at least 1, was 0",
        "--threads|-1|--threads: each thread count must be at least 1, was -1",
        "--threads|1,-2|--threads: each thread count must be at least 1, was -2",
        "--threads|''|--threads '': give thread counts as whole numbers separated by commas, e.g. 1,2",
        "--threads|1,,2|--threads '1,,2': give thread counts as whole numbers separated by commas, e.g. 1,2",
        "--threads|1,two|--threads '1,two': give thread counts as whole numbers separated by commas, e.g. 1,2",
        "--threads|2,2|--threads: each thread count once, was [2, 2]",
        "--rounds|0|--rounds must be at least 1, was 0",
        "--warmup|-5|--warmup must be at least 0, was -5",
    })
    void badValuesAreAOneLineUsageError(String option, String value, String reason) {
        int status = run("bench", "--synthetic", "3", option, value);
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("sitrep: " + reason);
    }

    @Test
    void zeroSyntheticArticlesIsAUsageError() {
        assertThat(run("bench", "--synthetic", "0")).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("sitrep: --synthetic must be at least 1, was 0");
    }

    @Test
    void aFileWithNoUsableArticleNamesItselfOnEveryLineAndLoadsNothing(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("feed.jsonl");
        Files.writeString(input, "{\"id\": \"a\", \"text\": oops\n");
        assertThat(run("bench", "--input", input.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(2).allSatisfy(line ->
                assertThat(line).startsWith("sitrep: " + input + ": "));
        assertThat(err.toString()).contains("skipped line 1: malformed JSON", "no article to measure")
                .doesNotContain("Exception");
    }
}
