package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerStoreTest {

    @TempDir
    Path dataDir;

    private Path putSource() throws Exception {
        Path source = Files.createDirectories(dataDir.resolve("gazetteer").resolve("source"));
        Files.copy(Fixtures.resource("cities500-fixture.txt"), source.resolve("cities500.txt"));
        Files.copy(Fixtures.resource("admin1-fixture.json"), source.resolve("admin1.json"));
        return source;
    }

    @Test
    void buildsTheIndexFromUserSourceFilesAndReadsItBack() throws Exception {
        Path source = putSource();
        Gazetteer first = GazetteerStore.open(dataDir);
        int supplement = Supplement.load().size();
        assertThat(first.size()).isEqualTo(Fixtures.places().size() + supplement);
        Place kaduna = first.lookup("Kaduna", "NG").get(0).place();
        assertThat(kaduna.admin1()).isEqualTo("Kaduna State");
        assertThat(kaduna.id()).isEqualTo(2335727L);
        assertThat(GazetteerStore.indexFile(dataDir)).exists();

        // later opens need only the index; the user's files are left alone
        Files.move(source.resolve("cities500.txt"), dataDir.resolve("elsewhere.txt"));
        Gazetteer second = GazetteerStore.open(dataDir);
        assertThat(second.size()).isEqualTo(first.size());
        Place again = second.lookup("Kaduna", "NG").get(0).place();
        assertThat(again).isEqualTo(kaduna);
        assertThat(source.resolve("admin1.json")).exists();
    }

    @Test
    void mergesTheSupplement() throws Exception {
        putSource();
        Gazetteer g = GazetteerStore.open(dataDir);
        assertThat(g.lookup("Zamzam camp", "SD")).isNotEmpty();
    }

    @Test
    void malformedSourceRowNamesFileAndLine() throws Exception {
        Path source = putSource();
        Files.writeString(source.resolve("cities500.txt"), "# header\n1\tOnly\tthree\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GazetteerStore.open(dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cities500.txt line 2");
    }

    @Test
    void supplementRowsAreValidAndMalformedOnesNameTheLine() {
        assertThat(Supplement.load()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.countryCode()).matches("[A-Z]{2}");
            assertThat(p.admin1()).isNotBlank();
        });
        assertThat(Supplement.load()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Tinzaouaten");
            assertThat(p.lat()).isEqualTo(19.95);
        });
        String bad = "# x\nName\t\tnot-a-number\t2.0\tPPL\tML\tKidal\t0\tsource\n";
        assertThatThrownBy(() -> Supplement.read(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "test.tsv"))
                .hasMessageContaining("test.tsv line 2");
    }
}
