package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private static List<InputItem> read(String jsonl, LocalDate defaultPublished) {
        List<InputItem> out = new ArrayList<>();
        new ArticleReader(new BufferedReader(new StringReader(jsonl)), defaultPublished)
                .forEachRemaining(out::add);
        return out;
    }

    @Test
    void readsArticleFieldsAndSkipsBlankLines() {
        List<InputItem> items = read("""
                {"id": "a1", "published": "2024-08-26", "title": "T", "text": "Rebels attacked.", "url": "u"}

                {"id": 7, "text": "Police arrested two men."}
                """, null);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).article().published()).isEqualTo(LocalDate.of(2024, 8, 26));
        assertThat(items.get(0).article().title()).isEqualTo("T");
        assertThat(items.get(1).label()).isEqualTo("7");
        assertThat(items.get(1).article().published()).isNull();
    }

    @Test
    void badLinesBecomeProblemsNamingTheLineAndReadingGoesOn() {
        List<InputItem> items = read("""
                {"id": "a1", "text": "ok"}
                {"id": "a2", "text": "unterminated
                [1, 2]
                {"text": "no id"}
                {"id": "a5"}
                {"id": "a6", "text": "still read"}
                """, null);
        assertThat(items).extracting(InputItem::isBad).containsExactly(false, true, true, true, true, false);
        assertThat(items.get(1).label()).isEqualTo("line 2");
        assertThat(items.get(1).problem()).startsWith("malformed JSON");
        assertThat(items.get(2).problem()).isEqualTo("not a JSON object");
        assertThat(items.get(3).problem()).isEqualTo("missing \"id\"");
        assertThat(items.get(4).label()).isEqualTo("a5");
        assertThat(items.get(4).problem()).contains("line 5").contains("\"text\"");
        assertThat(items.get(5).article().text()).isEqualTo("still read");
    }

    @Test
    void dateTimesAreAcceptedAndUnparseableDatesWarn() {
        List<InputItem> items = read("""
                {"id": "a", "published": "2024-08-26T07:15:00Z", "text": "x"}
                {"id": "b", "published": "last Tuesday", "text": "x"}
                {"id": "c", "text": "x"}
                """, LocalDate.of(2020, 1, 1));
        assertThat(items.get(0).article().published()).isEqualTo(LocalDate.of(2024, 8, 26));
        assertThat(items.get(1).article().published()).isNull();
        assertThat(items.get(1).warnings()).singleElement().asString().contains("last Tuesday");
        assertThat(items.get(2).article().published()).isEqualTo(LocalDate.of(2020, 1, 1));
    }
}
