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

    @Test
    void anImportedVillageIsFoundByLookupAndCountedByInfo() throws Exception {
        Path source = Files.createDirectories(dir.resolve("gazetteer/source"));
        for (String[] f : new String[][] {{"cities500-fixture.txt", "cities500.txt"},
                {"admin1-fixture.json", "admin1.json"}}) {
            try (InputStream in = getClass().getResourceAsStream("/org/sitrep/places/" + f[0])) {
                Files.copy(in, source.resolve(f[1]));
            }
        }
        // an invented village in GeoNames' 19-column layout, in a per-country zip
        String village = String.join("\t", "9100001", "Kelbouratene", "Kelbouratene", "Kelburatin",
                "19.1", "1.9", "P", "PPL", "ML", "", "10", "", "", "", "300", "", "300", "Africa/Bamako",
                "2024-01-01");
        Path zip = dir.resolve("ML.zip");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("ML.txt"));
            z.write((village + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(run("gazetteer", "import", zip.toString(), "--data-dir", dir.toString())).isZero();
        assertThat(out.toString()).contains("ML.zip: 1 rows read, 1 places indexed");

        assertThat(run("gazetteer", "lookup", "Kelbouratene", "--data-dir", dir.toString())).isZero();
        // the region name comes from the default gazetteer's admin1 table
        assertThat(out.toString()).contains("Kelbouratene").contains("Kidal, ML").contains("(19.1000, 1.9000)");
        assertThat(run("gazetteer", "lookup", "Kelburatene", "--data-dir", dir.toString())).isZero();
        assertThat(out.toString()).contains("spelling variant of Kelbouratene");

        assertThat(run("gazetteer", "info", "--data-dir", dir.toString())).isZero();
        assertThat(out.toString()).contains("imported 1 places").contains("from ML.zip: 1 entries");

        Path wrong = dir.resolve("alternateNamesV2.txt");
        Files.writeString(wrong, "not\ta\tdump\n");
        assertThat(run("gazetteer", "import", wrong.toString(), "--data-dir", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(wrong + ": not a GeoNames dump of the expected kind");
    }
}
