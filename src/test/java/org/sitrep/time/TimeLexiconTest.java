package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.time.TimeLexicon.Kind;

class TimeLexiconTest {

    private static TimeLexicon read(String text) {
        return TimeLexicon.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    @Test
    void bundledLexiconLoadsWithEveryMonthAndWeekday() {
        TimeLexicon lex = TimeLexicon.load();
        for (String m : new String[] {"january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december"}) {
            assertThat(lex.get(m, Kind.MONTH)).as(m).isNotNull();
        }
        for (String d : new String[] {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                "sunday"}) {
            assertThat(lex.get(d, Kind.WEEKDAY)).as(d).isNotNull();
        }
        assertThat(lex.get("yesterday").number()).isEqualTo(-1);
        assertThat(lex.get("overnight").precision()).isEqualTo(DatePrecision.WEEK);
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        TimeLexicon lex = read("# header\n\nyesterday\tday\t-1\tday\n");
        assertThat(lex.get("yesterday", Kind.DAY)).isNotNull();
        assertThat(lex.get("yesterday", Kind.WEEK)).isNull();
    }

    @Test
    void malformedRowsNameTheFileAndLine() {
        assertThatThrownBy(() -> read("# x\nyesterday\tday\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.tsv line 2");
        assertThatThrownBy(() -> read("yesterday\tsometime\t-1\n"))
                .hasMessageContaining("line 1").hasMessageContaining("unknown kind");
        assertThatThrownBy(() -> read("smarch\tmonth\t13\n")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> read("today\tday\t0\n")).hasMessageContaining("needs a precision");
        assertThatThrownBy(() -> read("Today\tday\t0\tday\n")).hasMessageContaining("lower case");
        assertThatThrownBy(() -> read("today\tday\t0\tday\ntoday\tday\t0\tday\n"))
                .hasMessageContaining("line 2").hasMessageContaining("duplicate");
    }
}
