package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.data.TsvTable;
import org.sitrep.geo.Countries;

class ActorRegistryTest {

    private static Countries countries;
    private static ActorRegistry registry;

    @BeforeAll
    static void load() {
        countries = Countries.load();
        registry = ActorRegistry.load(countries);
    }

    private static String canonical(String wording) {
        return registry.lookup(wording).map(ActorRegistry.Resolution::canonical).orElse(null);
    }

    @Test
    void stateForcesOfEveryCountryAreNamedByNationalityAndForceNoun() {
        assertThat(canonical("Malian troops")).isEqualTo("Military Forces of Mali");
        assertThat(canonical("Mali's army")).isEqualTo("Military Forces of Mali");
        assertThat(canonical("army of Mali")).isEqualTo("Military Forces of Mali");
        assertThat(canonical("Nigerian police")).isEqualTo("Police Forces of Nigeria");
        assertThat(canonical("Burkinabe soldiers")).isEqualTo("Military Forces of Burkina Faso");
        assertThat(canonical("U.S. troops")).isEqualTo("Military Forces of the United States");
        assertThat(canonical("Congolese army")).isEqualTo("Military Forces of Democratic Republic of Congo");
        assertThat(registry.lookup("Malian soldiers").orElseThrow().category()).isEqualTo(ActorCategory.STATE_FORCES);
    }

    @Test
    void curatedAliasesExtendTheGeneratedStateForces() {
        assertThat(canonical("FAMa")).isEqualTo("Military Forces of Mali");
        assertThat(canonical("Tatmadaw")).isEqualTo("Military Forces of Myanmar");
        assertThat(canonical("IDF")).isEqualTo("Military Forces of Israel");
    }

    @Test
    void acronymsMatchOnlyWithTheirCase() {
        assertThat(canonical("RSF")).isEqualTo("Rapid Support Forces");
        assertThat(registry.lookup("fama")).isEmpty();
        assertThat(registry.lookup("is")).isEmpty();
        assertThat(registry.lookup("let")).isEmpty();
    }

    @Test
    void pressWordingsResolveToCanonicalGroups() {
        assertThat(canonical("Islamic State's Sahel branch")).isEqualTo("Islamic State Sahel Province");
        assertThat(canonical("RSF paramilitaries")).isEqualTo("Rapid Support Forces");
        assertThat(canonical("al Shabaab")).isEqualTo("Al Shabaab");
        assertThat(canonical("Jama’at Nusrat al-Islam wal-Muslimin"))
                .isEqualTo("JNIM: Group for Support of Islam and Muslims");
        ActorRegistry.Resolution wagner = registry.lookup("Wagner mercenaries").orElseThrow();
        assertThat(wagner.category()).isEqualTo(ActorCategory.EXTERNAL_FORCES);
        assertThat(wagner.countryCode()).isEqualTo("RU");
        assertThat(wagner.matchedAlias()).isEqualTo("Wagner mercenaries");
    }

    @Test
    void movementsResolveToTheirBranchWhereOneOperates() {
        RegistryEntry is = registry.entry("Islamic State").orElseThrow();
        assertThat(registry.branchIn(is, "NG").name()).isEqualTo("Islamic State West Africa Province");
        assertThat(registry.branchIn(is, "SO").name()).isEqualTo("Islamic State Somalia Province");
        assertThat(registry.branchIn(is, "SY").name()).isEqualTo("Islamic State");
        RegistryEntry aq = registry.entry("al-Qaeda").orElseThrow();
        assertThat(registry.branchIn(aq, "ML").name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
    }

    @Test
    void genericNounsResolveToCodebookNames() {
        assertThat(canonical("gunmen")).isEqualTo("Unidentified Armed Group");
        assertThat(registry.lookup("gunmen").orElseThrow().category()).isEqualTo(ActorCategory.POLITICAL_MILITIA);
        assertThat(canonical("villagers")).isEqualTo("Civilians");
        assertThat(canonical("demonstrators")).isEqualTo("Protesters");
        assertThat(canonical("mob")).isEqualTo("Rioters");
        assertThat(canonical("rebels")).isEqualTo("Unidentified Armed Group");
        ActorRegistry.Resolution soldiers = registry.lookup("soldiers").orElseThrow();
        assertThat(soldiers.canonical()).as("whose soldiers needs the event's country").isNull();
        assertThat(soldiers.category()).isEqualTo(ActorCategory.STATE_FORCES);
        assertThat(registry.lookup("an ordinary word")).isEmpty();
    }

    @Test
    void sizeFiguresCoverEveryCountry() {
        ActorRegistry.Stats s = registry.stats();
        assertThat(s.countries()).isGreaterThanOrEqualTo(countries.all().size());
        assertThat(s.actors()).isGreaterThan(2 * countries.all().size());
        assertThat(s.aliases()).isGreaterThan(s.actors());
        assertThat(s.genericWordings()).isGreaterThan(50);
    }

    private static List<TsvTable.Row> rows(String tsv) {
        return TsvTable.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv", 7, 7);
    }

    @Test
    void registryCheckRejectsADuplicateAliasNamingBothActors() {
        List<RegistryEntry> curated = RegistryFile.parse(rows(
                "# test\nGroup One\trebel_group\tML\t\tG1|The Group\t\t\nGroup Two\trebel_group\tML\t\tG2|the group\t\t\n"));
        assertThatThrownBy(() -> new ActorRegistry(countries, ForceNames.load(), curated, List.of()))
                .hasMessageContaining("the group").hasMessageContaining("Group Two").hasMessageContaining("Group One");
    }

    @Test
    void registryCheckRejectsAnUnknownCategoryNamingTheLine() {
        assertThatThrownBy(() -> RegistryFile.parse(rows("# test\n\nGroup\tterrorists\tML\t\tG\t\t\n")))
                .hasMessageContaining("test.tsv line 3").hasMessageContaining("terrorists")
                .hasMessageContaining("rebel_group");
    }

    @Test
    void malformedRowsFailWithFileAndLine() {
        assertThatThrownBy(() -> rows("Group\trebel_group\n"))
                .hasMessageContaining("test.tsv line 1").hasMessageContaining("found 2");
        assertThatThrownBy(() -> RegistryFile.parse(rows("Group\trebel_group\tMali\t\tG\t\t\n")))
                .hasMessageContaining("line 1").hasMessageContaining("Mali");
        assertThatThrownBy(() -> RegistryFile.parse(rows("Group\trebel_group\tML\t\tG\tsince 2010\t\n")))
                .hasMessageContaining("line 1").hasMessageContaining("since 2010");
    }
}
