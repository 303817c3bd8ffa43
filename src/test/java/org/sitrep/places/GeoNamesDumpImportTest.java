package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Span;

/** Streaming GeoNames dumps into the imported index, and what the resolver makes of them. */
class GeoNamesDumpImportTest {

    @TempDir
    Path dir;

    private final StringWriter log = new StringWriter();

    /** Invented villages in GeoNames' 19-column layout. */
    static String row(long id, String name, String alternates, double lat, double lon,
                      String featureClass, String featureCode, String cc, String admin1, long pop) {
        return String.join("\t", Long.toString(id), name, name, alternates, Double.toString(lat),
                Double.toString(lon), featureClass, featureCode, cc, "", admin1, "", "", "",
                Long.toString(pop), "", "300", "Africa/Bamako", "2024-01-01");
    }

    static final String KELBOURATENE = row(9100001, "Kelbouratene", "Kelbouratène,Kelburatin",
            19.1, 1.9, "P", "PPL", "ML", "10", 300);
    static final String AMASSINE = row(9100002, "Amassine", "", 17.5, -1.2, "P", "PPL", "ML", "07", 0);
    static final String RIVER = row(9100003, "Oued Sorrel", "", 18.0, 1.0, "H", "STM", "ML", "10", 0);
    static final String ABANDONED = row(9100004, "Kelb Ancien", "", 18.2, 1.1, "P", "PPLQ", "ML", "10", 0);
    static final String CAMP = row(9100005, "Tessit Camp", "", 15.9, 0.5, "S", "CMPRF", "ML", "07", 0);

    static Path zip(Path dir, String zipName, Map<String, String> entries) throws IOException {
        Path z = dir.resolve(zipName);
        try (OutputStream out = Files.newOutputStream(z); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return z;
    }

    private static Map<String, String> entries(String... nameThenText) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenText.length; i += 2) {
            m.put(nameThenText[i], nameThenText[i + 1]);
        }
        return m;
    }

    static Path countryZip(Path dir, String... rows) throws IOException {
        return zip(dir, "ML.zip", entries("readme.txt", "GeoNames export of one country\n",
                "ML.txt", String.join("\n", rows) + "\n"));
    }

    static Path alternateNamesZip(Path dir) throws IOException {
        String rows = String.join("\n",
                "1\t9100001\ten\tKelbouratin Nord\t\t\t\t\t\t",
                "2\t9100001\tlink\thttps://example.org/Kelbouratene\t\t\t\t\t\t",
                "3\t9999999\ten\tNowhereville\t\t\t\t\t\t",
                "4\t9100002\tfr\tAmassine Est\t1\t\t\t\t\t",
                "5\t9100001\ten\tOld Kelbou\t\t\t\t1\t\t") + "\n";
        return zip(dir, "alternateNamesV2.zip", entries("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\n",
                "alternateNamesV2.txt", rows));
    }

    private Path index() {
        return dir.resolve("lucene");
    }

    private List<GeoNamesDumpImport.Summary> importFiles(int[] failures, Path... files) {
        return new GeoNamesDumpImport(index(), new PrintWriter(log, true), Map.of())
                .importAll(List.of(files), failures);
    }

    private ImportedPlaces open() {
        return ImportedPlaces.open(index()).orElseThrow();
    }

    @Test
    void aCountryZipIsStreamedKeepingPlacesAndSitesAndSkippingRiversAndAbandonedPlaces() throws IOException {
        int[] failures = {0};
        List<GeoNamesDumpImport.Summary> s = importFiles(failures,
                countryZip(dir, KELBOURATENE, AMASSINE, RIVER, ABANDONED, CAMP));
        assertThat(failures[0]).isZero();
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.rows()).isEqualTo(5);
            assertThat(x.indexed()).isEqualTo(3);
            assertThat(x.skipped()).isEqualTo(2);
            assertThat(x.malformed()).isZero();
        });
        try (ImportedPlaces p = open()) {
            assertThat(p.named("kelbouratene")).singleElement().satisfies(k -> {
                assertThat(k.lat()).isEqualTo(19.1);
                assertThat(k.altNames()).contains("Kelburatin");
            });
            assertThat(p.knows("kelburatin")).isTrue();
            assertThat(p.knows("tessit camp")).isTrue();
            assertThat(p.knows("oued sorrel")).isFalse();
            assertThat(p.knows("kelb ancien")).isFalse();
            assertThat(p.stats().places()).isEqualTo(3);
        }
    }

    @Test
    void aMalformedRowIsReportedWithFileAndLineAndTheRestIsImported() throws IOException {
        String badLatitude = AMASSINE.replace("\t17.5\t", "\tnorth\t");
        String tooFewColumns = "9100009\tHalf Row\tHalf Row";
        int[] failures = {0};
        Path zip = countryZip(dir, KELBOURATENE, badLatitude, tooFewColumns, CAMP);
        List<GeoNamesDumpImport.Summary> s = importFiles(failures, zip);
        assertThat(failures[0]).isZero();
        assertThat(s.get(0).malformed()).isEqualTo(2);
        assertThat(s.get(0).indexed()).isEqualTo(2);
        assertThat(log.toString()).contains(zip + " line 2: bad number").contains(zip + " line 3: expected 19");
    }

    @Test
    void reImportingAFileReplacesWhatItGaveInsteadOfDuplicatingIt() throws IOException {
        int[] failures = {0};
        importFiles(failures, countryZip(dir, KELBOURATENE, AMASSINE), alternateNamesZip(dir));
        importFiles(failures, countryZip(dir, KELBOURATENE, AMASSINE), alternateNamesZip(dir));
        try (ImportedPlaces p = open()) {
            assertThat(p.named("kelbouratene")).hasSize(1);
            assertThat(p.stats().places()).isEqualTo(2);
            assertThat(p.stats().alternateNames()).isEqualTo(2);
        }
        // a newer export without Amassine: the file's places are replaced, not merged
        importFiles(failures, countryZip(dir, KELBOURATENE));
        try (ImportedPlaces p = open()) {
            assertThat(p.named("amassine")).isEmpty();
            assertThat(p.stats().places()).isEqualTo(1);
        }
        assertThat(failures[0]).isZero();
    }

    @Test
    void alternateNamesAttachToImportedPlacesOnlyAndSkipLinksAndHistoricNames() throws IOException {
        int[] failures = {0};
        // given in the wrong order: places still go in before the names that point at them
        List<GeoNamesDumpImport.Summary> s = importFiles(failures, alternateNamesZip(dir),
                countryZip(dir, KELBOURATENE, AMASSINE));
        assertThat(s).extracting(GeoNamesDumpImport.Summary::kind)
                .containsExactly(GeoNamesDumpImport.Kind.GEONAME, GeoNamesDumpImport.Kind.ALTERNATE_NAMES);
        assertThat(s.get(1).indexed()).isEqualTo(2);
        assertThat(s.get(1).skipped()).isEqualTo(3);
        try (ImportedPlaces p = open()) {
            assertThat(p.named("kelbouratin nord")).extracting(Place::name).containsExactly("Kelbouratene");
            assertThat(p.named("amassine est")).extracting(Place::name).containsExactly("Amassine");
            assertThat(p.knows("nowhereville")).isFalse();
            assertThat(p.knows("old kelbou")).isFalse();
        }
    }

    @Test
    void admin1CodesNameTheRegionOfImportedPlaces() throws IOException {
        Path admin1 = dir.resolve("admin1CodesASCII.txt");
        Files.writeString(admin1, "ML.10\tRégion de Kidal\tRegion de Kidal\t2455289\nML.07\tGao\tGao\t2457161\n");
        Path cities = zip(dir, "cities500.zip", entries("cities500.txt", KELBOURATENE + "\n"));
        int[] failures = {0};
        importFiles(failures, cities, admin1);
        assertThat(failures[0]).isZero();
        try (ImportedPlaces p = open()) {
            assertThat(p.named("kelbouratene").get(0).admin1()).isEqualTo("Région de Kidal");
            assertThat(p.stats().admin1()).isEqualTo(2);
        }
    }

    @Test
    void allCountriesZipAndAPlainTextDumpAreReadToo() throws IOException {
        Path all = zip(dir, "allCountries.zip", entries("allCountries.txt", AMASSINE + "\n"));
        Path txt = dir.resolve("ML.txt");
        Files.writeString(txt, KELBOURATENE + "\n");
        int[] failures = {0};
        importFiles(failures, all, txt);
        try (ImportedPlaces p = open()) {
            assertThat(p.knows("amassine")).isTrue();
            assertThat(p.knows("kelbouratene")).isTrue();
        }
    }

    @Test
    void aFileOfTheWrongKindFailsAloneWithOneLineNamingIt() throws IOException {
        Path notAdmin1 = dir.resolve("admin1CodesASCII.txt");
        Files.writeString(notAdmin1, KELBOURATENE + "\n");
        Path notZip = dir.resolve("NE.zip");
        Files.writeString(notZip, "this is not an archive\n");
        int[] failures = {0};
        List<GeoNamesDumpImport.Summary> s = importFiles(failures, notAdmin1, notZip,
                countryZip(dir, AMASSINE));
        assertThat(failures[0]).isEqualTo(2);
        assertThat(s).extracting(GeoNamesDumpImport.Summary::file).containsExactly("ML.zip");
        assertThat(log.toString()).contains(notAdmin1 + ": not a GeoNames dump of the expected kind")
                .contains(notZip + ": not a zip archive");
        try (ImportedPlaces p = open()) {
            assertThat(p.knows("amassine")).isTrue();
            assertThat(p.stats().admin1()).isZero();
        }
    }

    @Test
    void theResolverPlacesAReportedImportedVillageWithTheArticleContext() throws IOException {
        int[] failures = {0};
        importFiles(failures, countryZip(dir, KELBOURATENE, AMASSINE), alternateNamesZip(dir));
        Gazetteer g = Gazetteer.of(Fixtures.places(), open());
        try {
            PlaceResolver resolver = new PlaceResolver(g);
            ArticleContext mali = new ArticleContext(Map.of("ML", 1.0), Set.of(), null, null, Map.of(), List.of());
            for (String spelling : List.of("Kelbouratene", "Kelbouratin Nord", "Kelburatene")) {
                PlaceMention m = new PlaceMention(new Span(0, spelling.length()), spelling, spelling, null,
                        PlaceMention.Cue.AT, 0);
                Resolution r = resolver.resolve(m, mali, Set.of()).orElseThrow();
                assertThat(r.kind()).as(spelling).isEqualTo(Resolution.Kind.TOWN);
                assertThat(r.place().lat()).as(spelling).isEqualTo(19.1);
                assertThat(r.place().lon()).as(spelling).isEqualTo(1.9);
            }
            // a default place keeps being one object, with or without the index
            assertThat(g.named("Gao")).hasSize(1);
            assertThat(g.knows("Kelbouratene")).isTrue();
        } finally {
            g.close();
        }
    }

    @Test
    void aReportMentioningAnImportedVillageGetsItsCoordinates() throws IOException {
        int[] failures = {0};
        importFiles(failures, countryZip(dir, KELBOURATENE, AMASSINE));
        Gazetteer g = Gazetteer.of(Fixtures.places(), open());
        try {
            String text = "Gunmen on motorbikes attacked the village of Kelbouratene in northern Mali on "
                    + "Sunday, killing four herders, a local official said.";
            org.sitrep.model.Doc doc = org.sitrep.testing.SharedNlp.doc(text, "2024-08-26");
            int at = text.indexOf("attacked");
            org.sitrep.model.Event e = org.sitrep.model.Event.detected("test",
                    org.sitrep.codebook.SubEventType.ATTACK, List.of(new Span(at, at + 8)),
                    List.of(doc.sentence(0).span()));
            org.sitrep.model.Location l = new LocationStage(g).apply(doc, List.of(e)).get(0).location();
            assertThat(l.name()).isEqualTo("Kelbouratene");
            assertThat(l.lat()).isEqualTo(19.1);
            assertThat(l.lon()).isEqualTo(1.9);
            assertThat(l.countryCode()).isEqualTo("ML");
            assertThat(l.precision()).isEqualTo(1);
        } finally {
            g.close();
        }
    }
}
