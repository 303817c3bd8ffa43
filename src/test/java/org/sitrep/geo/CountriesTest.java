package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CountriesTest {

    private static final Countries COUNTRIES = Countries.load();

    private static String code(java.util.Optional<Country> c) {
        return c.map(Country::code).orElse(null);
    }

    @Test
    void looksUpByCodeCaseInsensitively() {
        assertThat(COUNTRIES.byCode("ml")).get().extracting(Country::name).isEqualTo("Mali");
        assertThat(COUNTRIES.byCode("CD").orElseThrow().name()).isEqualTo("Democratic Republic of the Congo");
        assertThat(COUNTRIES.byCode("XK").orElseThrow().name()).isEqualTo("Kosovo");
        assertThat(COUNTRIES.byCode("PS").orElseThrow().name()).isEqualTo("Palestinian Territory");
        assertThat(COUNTRIES.byCode("BF").orElseThrow().capital()).isEqualTo("Ouagadougou");
        assertThat(COUNTRIES.byCode("ZZ")).isEmpty();
        assertThat(COUNTRIES.byCode(null)).isEmpty();
    }

    @Test
    void carriesIsoNumericCodes() {
        assertThat(COUNTRIES.byCode("ML").orElseThrow().numeric()).isEqualTo("466");
        assertThat(COUNTRIES.byCode("AF").orElseThrow().numeric()).isEqualTo("004");
        assertThat(COUNTRIES.byCode("XK").orElseThrow().numeric()).isEmpty();
        assertThat(COUNTRIES.all()).filteredOn(c -> !c.code().equals("XK"))
                .allSatisfy(c -> assertThat(c.numeric()).matches("\\d{3}"));
    }

    @Test
    void looksUpByNameAndAlias() {
        assertThat(code(COUNTRIES.byName("Ivory Coast"))).isEqualTo("CI");
        assertThat(code(COUNTRIES.byName("syria"))).isEqualTo("SY");
        assertThat(code(COUNTRIES.byName("DRC"))).isEqualTo("CD");
        assertThat(code(COUNTRIES.byName("Zaire"))).isEqualTo("CD");
        assertThat(code(COUNTRIES.byName("Congo"))).isEqualTo("CG");
        assertThat(code(COUNTRIES.byName("Burma"))).isEqualTo("MM");
        assertThat(code(COUNTRIES.byName("Gaza Strip"))).isEqualTo("PS");
        assertThat(code(COUNTRIES.byName("U.S."))).isEqualTo("US");
        assertThat(code(COUNTRIES.byName("Great Britain"))).isEqualTo("GB");
        assertThat(code(COUNTRIES.byName("Russian Federation"))).isEqualTo("RU");
        assertThat(code(COUNTRIES.byName("Holland"))).isEqualTo("NL");
        assertThat(COUNTRIES.byName("Atlantis")).isEmpty();
        assertThat(COUNTRIES.byName(null)).isEmpty();
    }

    @Test
    void ignoresLeadingThe() {
        assertThat(code(COUNTRIES.byName("the Gambia"))).isEqualTo("GM");
        assertThat(code(COUNTRIES.byName("The Netherlands"))).isEqualTo("NL");
        assertThat(code(COUNTRIES.byName("the  United States"))).isEqualTo("US");
        assertThat(code(COUNTRIES.byName("the Democratic Republic of the Congo"))).isEqualTo("CD");
    }

    @Test
    void looksUpByDemonym() {
        assertThat(code(COUNTRIES.byDemonym("Malian"))).isEqualTo("ML");
        assertThat(code(COUNTRIES.byDemonym("malians"))).isEqualTo("ML");
        assertThat(code(COUNTRIES.byDemonym("Nigerien"))).isEqualTo("NE");
        assertThat(code(COUNTRIES.byDemonym("Nigerian"))).isEqualTo("NG");
        assertThat(code(COUNTRIES.byDemonym("Congolese"))).isEqualTo("CD");
        assertThat(code(COUNTRIES.byDemonym("Sudanese"))).isEqualTo("SD");
        assertThat(code(COUNTRIES.byDemonym("South Sudanese"))).isEqualTo("SS");
        assertThat(code(COUNTRIES.byDemonym("Guinean"))).isEqualTo("GN");
        assertThat(code(COUNTRIES.byDemonym("Dominican"))).isEqualTo("DO");
        assertThat(code(COUNTRIES.byDemonym("Palestinians"))).isEqualTo("PS");
        assertThat(code(COUNTRIES.byDemonym("British"))).isEqualTo("GB");
        // demonyms and names are separate indexes
        assertThat(COUNTRIES.byDemonym("Mali")).isEmpty();
        assertThat(COUNTRIES.byName("Malian")).isEmpty();
    }

    @Test
    void foldsAccents() {
        assertThat(code(COUNTRIES.byName("Côte d'Ivoire"))).isEqualTo("CI");
        assertThat(code(COUNTRIES.byName("COTE D\u2019IVOIRE"))).isEqualTo("CI");
        assertThat(code(COUNTRIES.byName("Türkiye"))).isEqualTo("TR");
        assertThat(code(COUNTRIES.byName("Turkiye"))).isEqualTo("TR");
        assertThat(code(COUNTRIES.byName("Réunion"))).isEqualTo("RE");
        assertThat(code(COUNTRIES.byName("Curaçao"))).isEqualTo("CW");
        assertThat(code(COUNTRIES.byName("Åland Islands"))).isEqualTo("AX");
        assertThat(code(COUNTRIES.byDemonym("Burkinabè"))).isEqualTo("BF");
        assertThat(code(COUNTRIES.byDemonym("burkinabe"))).isEqualTo("BF");
        // decomposed input (e + combining acute) folds the same as precomposed
        assertThat(code(COUNTRIES.byName("Re\u0301union"))).isEqualTo("RE");
    }

    @Test
    void noSurfaceFormBelongsToTwoCodes() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Country c : COUNTRIES.all()) {
            // each form counted once per country, so "Côte d'Ivoire" and "Cote d'Ivoire" under CI are fine
            Set<String> mine = new HashSet<>();
            Stream.concat(c.allNames().stream(), c.demonyms().stream()).map(Countries::fold).forEach(mine::add);
            for (String form : mine) {
                String previous = owner.putIfAbsent(form, c.code());
                if (previous != null) {
                    clashes.add("'" + form + "' under " + previous + " and " + c.code());
                }
            }
        }
        assertThat(clashes).as("aliases or demonyms listed under two codes").isEmpty();
    }

    @Test
    void codesAreTwoUpperCaseLettersAndUnique() {
        Set<String> seen = new HashSet<>();
        for (Country c : COUNTRIES.all()) {
            assertThat(c.code()).as("code of %s", c.name()).matches("[A-Z]{2}");
            assertThat(seen.add(c.code())).as("duplicate code %s", c.code()).isTrue();
        }
    }

    @Test
    void hasAtLeast240Rows() {
        assertThat(COUNTRIES.all()).hasSizeGreaterThanOrEqualTo(240);
        assertThat(COUNTRIES.all()).extracting(Country::code).contains("XK", "PS", "SS", "CD", "CG");
    }

    @Test
    void surfaceFormsCoverNamesAliasesAndDemonyms() {
        assertThat(COUNTRIES.surfaceForms())
                .contains("Mali", "Malian", "Malians", "Burma", "DR Congo", "Ivory Coast", "Côte d'Ivoire")
                .doesNotContain("Bamako");
    }

    @Test
    void malformedRowNamesFileAndLine() {
        String tsv = "# header\nML\tMali\t\tMalian\tBamako\nNE\tNiger\tNigerien\n";
        assertThatThrownBy(() -> Countries.read(stream(tsv), "test.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.tsv")
                .hasMessageContaining("line 3");
    }

    @Test
    void duplicateAliasIsRejectedByLoader() {
        String tsv = "CD\tDemocratic Republic of the Congo\tCongo\t\tKinshasa\nCG\tRepublic of the Congo\tCongo\t\tBrazzaville\n";
        assertThatThrownBy(() -> Countries.read(stream(tsv), "dup.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dup.tsv line 2")
                .hasMessageContaining("congo");
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
