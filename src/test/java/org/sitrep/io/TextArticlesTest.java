package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticlesTest {

    @TempDir
    Path dir;

    @Test
    void idIsTheFileNameAndTheBomIsDropped() throws Exception {
        Path f = dir.resolve("report-1.txt");
        Files.writeString(f, "\uFEFFTroops clashed with rebels.", StandardCharsets.UTF_8);
        InputItem item = TextArticles.read(f, LocalDate.of(2024, 1, 2));
        assertThat(item.label()).isEqualTo("report-1.txt");
        assertThat(item.article().text()).isEqualTo("Troops clashed with rebels.");
        assertThat(item.article().published()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(item.warnings()).isEmpty();
    }

    @Test
    void latin1TextIsReadWithAWarning() throws Exception {
        Path f = dir.resolve("old.txt");
        Files.write(f, "Guerrillas attacked Ca\u00f1asgordas.".getBytes(StandardCharsets.ISO_8859_1));
        InputItem item = TextArticles.read(f, null);
        assertThat(item.article().text()).isEqualTo("Guerrillas attacked Ca\u00f1asgordas.");
        assertThat(item.warnings()).singleElement().asString().contains("not valid UTF-8");
    }
}
