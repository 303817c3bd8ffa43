package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sitrep actors} and {@code sitrep gazetteer}: what a coder asks when checking a coding. */
class LookupCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void actorLookupShowsTheCanonicalActorForAPressWording() {
        assertThat(run("actors", "lookup", "Malian", "troops")).isZero();
        assertThat(out.toString()).contains("canonical: Military Forces of Mali").contains("state_forces")
                .contains("ML");
        assertThat(run("actors", "lookup", "zzyzx")).isEqualTo(1);
        assertThat(err.toString()).contains("'zzyzx' matches no actor");
    }

    @Test
    void gazetteerLookupRanksNamesakesByTheGivenCountry() throws Exception {
        Path source = Files.createDirectories(dir.resolve("gazetteer/source"));
        for (String[] f : new String[][] {{"cities500-fixture.txt", "cities500.txt"},
                {"admin1-fixture.json", "admin1.json"}}) {
            try (InputStream in = getClass().getResourceAsStream("/org/sitrep/places/" + f[0])) {
                Files.copy(in, source.resolve(f[1]));
            }
        }
        assertThat(run("gazetteer", "lookup", "Tripoli", "--country", "LB", "--data-dir", dir.toString())).isZero();
        String first = out.toString().lines().findFirst().orElseThrow();
        assertThat(first).contains("Tripoli").contains(", LB");
        assertThat(run("gazetteer", "info", "--data-dir", dir.toString())).isZero();
        assertThat(out.toString()).containsPattern("places [0-9,]+ in [0-9]+ countries");
    }
}
