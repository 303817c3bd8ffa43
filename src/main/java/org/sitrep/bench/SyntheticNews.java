package org.sitrep.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.sitrep.model.Article;

/**
 * Invented news reports of about 2,000 characters for {@code sitrep bench}: a lead on an attack,
 * clash or protest with its place, day, actors and toll, claims and quotes, then the background
 * paragraphs that fill most real reports (politics, aid, economy, history). The same seed gives
 * the same articles, so runs are comparable. Every sentence is written here from templates; none
 * comes from a real report.
 */
public final class SyntheticNews {

    /** A town, its province and country, the country's army and an armed group active there. */
    private record Setting(String town, String province, String country, String army, String group,
                           String demonym) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("Gao", "Gao region", "Mali", "the Malian army", "Islamic State Sahel Province", "Malian"),
            new Setting("Mopti", "Mopti region", "Mali", "Malian soldiers", "JNIM", "Malian"),
            new Setting("Djibo", "Soum province", "Burkina Faso", "the Burkinabe army", "JNIM", "Burkinabe"),
            new Setting("Maiduguri", "Borno state", "Nigeria", "Nigerian troops", "Boko Haram", "Nigerian"),
            new Setting("Damboa", "Borno state", "Nigeria", "the Nigerian army", "ISWAP", "Nigerian"),
            new Setting("Bunia", "Ituri province", "Democratic Republic of the Congo", "Congolese soldiers",
                    "CODECO militiamen", "Congolese"),
            new Setting("Beni", "North Kivu", "Democratic Republic of the Congo", "the Congolese army",
                    "the Allied Democratic Forces", "Congolese"),
            new Setting("Kismayo", "Lower Juba", "Somalia", "Somali forces", "al-Shabaab", "Somali"),
            new Setting("Baidoa", "Bay region", "Somalia", "Somali troops", "al-Shabaab fighters", "Somali"),
            new Setting("Tillaberi", "Tillaberi region", "Niger", "Nigerien soldiers",
                    "Islamic State Sahel Province", "Nigerien"),
            new Setting("El Fasher", "North Darfur", "Sudan", "the Sudanese army", "the Rapid Support Forces",
                    "Sudanese"),
            new Setting("Mocimboa da Praia", "Cabo Delgado", "Mozambique", "Mozambican troops",
                    "Islamic State Mozambique", "Mozambican"));

    private static final String[] LEADS = {
        "Gunmen believed to belong to %GROUP% killed %N% civilians on %DAY% in an attack on a village "
                + "near %TOWN%, in %PROVINCE%, local officials said.",
        "At least %N% people were killed when a car bomb exploded at a busy market in %TOWN% on %DAY%, "
                + "the police said.",
        "Fighting between %ARMY% and %GROUP% near %TOWN% on %DAY% left %N% combatants dead, according "
                + "to a military spokesman.",
        "Hundreds of people marched through the streets of %TOWN% on %DAY% to protest against "
                + "rising fuel prices, and police fired tear gas to disperse them.",
        "An air strike on a suspected %GROUP% camp outside %TOWN% killed %N% fighters on %DAY%, "
                + "%ARMY% said in a statement.",
        "Suspected %GROUP% fighters ambushed a convoy of %ARMY% on the road between %TOWN% and a "
                + "nearby village on %DAY%, killing %N% soldiers.",
    };

    private static final String[] DETAILS = {
        "Witnesses said the attackers arrived on motorcycles shortly after dawn, set fire to several "
                + "homes and looted shops before fleeing into the bush.",
        "A health worker at the main hospital in %TOWN% said %M% wounded people had been admitted, "
                + "several of them in a critical condition.",
        "The toll could rise, a local official told reporters, as several people were still missing "
                + "after the attack.",
        "Residents said the explosion could be heard across the town and that thick smoke rose over "
                + "the market for more than an hour.",
        "A spokesman for %ARMY% said reinforcements had been sent to the area and that the "
                + "situation was now under control.",
        "No group has so far claimed responsibility, but %GROUP% is known to operate in the area.",
    };

    private static final String[] QUOTES = {
        "\"We buried them the same evening, we could not wait,\" said a resident who asked not to be "
                + "named for fear of reprisals.",
        "\"The people here are tired of living in fear,\" a community leader in %TOWN% said by telephone.",
        "\"Our forces will pursue the attackers wherever they hide,\" the governor of %PROVINCE% said "
                + "on local radio.",
        "\"We heard shooting for about two hours, then everything went quiet,\" said a trader who "
                + "fled with his family.",
    };

    private static final String[] BACKGROUND = {
        "The government has struggled for years to restore its authority over large parts of the "
                + "country, where schools and clinics have closed and many officials have left.",
        "Humanitarian agencies say more than %K% people have been displaced in %PROVINCE% since the "
                + "start of the year, many of them sheltering in schools and churches.",
        "Prices of staple foods have nearly doubled in local markets, according to a recent report by "
                + "an international relief organisation.",
        "The %DEMONYM% president promised during his campaign to end the violence, and his government "
                + "has since announced several new security operations.",
        "Aid workers say access to the worst affected districts remains difficult because roads are "
                + "mined and bridges have been destroyed.",
        "Talks between the government and community leaders, mediated by religious figures, broke "
                + "down last year without an agreement.",
        "The rainy season, which usually begins in June, often slows military operations as many "
                + "roads become impassable.",
        "Regional leaders are due to meet next month to discuss a joint force that would patrol the "
                + "border areas.",
        "The country's economy relies heavily on agriculture and on gold, and the insecurity has "
                + "driven many farmers from their fields.",
        "Opposition parties have accused the authorities of hiding the true scale of the losses "
                + "suffered by the armed forces.",
        "The United Nations has repeatedly called on all sides to protect civilians and to allow "
                + "humanitarian convoys to pass.",
        "Schools in several districts did not reopen after the holidays, depriving thousands of "
                + "children of lessons for a second year.",
    };

    private static final String[] HISTORY = {
        "In a similar attack in %MONTH%, %P% people were killed in a village about 40 kilometres "
                + "from %TOWN%.",
        "%GROUP% has carried out dozens of attacks in the region over the past decade.",
        "The area has seen a sharp rise in violence since a military operation ended there two years ago.",
    };

    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|(?<=[.!?\"] ))\\p{Ll}");

    private final long seed;

    public SyntheticNews(long seed) {
        this.seed = seed;
    }

    /** {@code n} articles; article i is the same for the same seed whatever n is. */
    public List<Article> articles(int n) {
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(article(i));
        }
        return out;
    }

    Article article(int i) {
        Random rnd = new Random(seed * 1_000_003L + i);
        Setting s = SETTINGS.get(rnd.nextInt(SETTINGS.size()));
        LocalDate published = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(330));
        LocalDate eventDay = published.minusDays(1 + rnd.nextInt(3));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(pick(rnd, LEADS) + " " + pick(rnd, DETAILS));
        paragraphs.add(pick(rnd, DETAILS) + " " + pick(rnd, QUOTES));
        StringBuilder text = new StringBuilder();
        List<String> background = new ArrayList<>(List.of(BACKGROUND));
        java.util.Collections.shuffle(background, rnd);
        int b = 0;
        // fill with background and history until the report reaches about 2,000 characters
        while (length(paragraphs) < 1850 && b < background.size()) {
            String para = background.get(b++);
            if (b < background.size() && rnd.nextBoolean()) {
                para += " " + background.get(b++);
            }
            if (rnd.nextInt(3) == 0) {
                para += " " + pick(rnd, HISTORY);
            }
            paragraphs.add(para);
        }
        for (String p : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(fill(p, s, eventDay, rnd));
        }
        return new Article(String.format(Locale.ROOT, "synthetic-%03d", i + 1), published,
                null, text.toString(), null);
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    private static String pick(Random rnd, String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    private static String fill(String template, Setting s, LocalDate day, Random rnd) {
        String out = template
                .replace("%TOWN%", s.town()).replace("%PROVINCE%", s.province())
                .replace("%ARMY%", s.army()).replace("%GROUP%", s.group())
                .replace("%DEMONYM%", s.demonym())
                .replace("%DAY%", day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .replace("%MONTH%", day.minusMonths(2).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .replace("%N%", String.valueOf(3 + rnd.nextInt(40)))
                .replace("%M%", String.valueOf(2 + rnd.nextInt(30)))
                .replace("%P%", String.valueOf(5 + rnd.nextInt(60)))
                .replace("%K%", String.format(Locale.ROOT, "%,d", 1000 * (5 + rnd.nextInt(200))));
        // a sentence that starts with a filled-in name ("the Malian army ...") needs its capital
        return SENTENCE_START.matcher(out).replaceAll(m -> m.group().toUpperCase(Locale.ROOT));
    }

}
