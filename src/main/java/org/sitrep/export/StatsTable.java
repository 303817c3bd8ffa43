package org.sitrep.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.store.StatsRow;

/**
 * {@code sitrep stats} output: merged events and summed low fatality figures by country, by
 * month and by type, then every country × month × type cell the store returned.
 */
public final class StatsTable {

    /** Events and summed low fatalities of one group. */
    public record Total(long events, long fatalitiesLow) {
        static Total of(StatsRow r) {
            return new Total(r.events(), r.fatalitiesLow());
        }

        Total plus(Total o) {
            return new Total(events + o.events, fatalitiesLow + o.fatalitiesLow);
        }
    }

    private static final String UNKNOWN = "-";

    private final List<StatsRow> rows;

    public StatsTable(List<StatsRow> rows) {
        this.rows = rows.stream().sorted(Comparator
                .comparing((StatsRow r) -> label(r.countryCode()))
                .thenComparing(r -> month(r))
                .thenComparing(r -> r.type() == null ? UNKNOWN : r.type().label())).toList();
    }

    public Map<String, Total> byCountry() {
        return totals(r -> label(r.countryCode()));
    }

    public Map<String, Total> byMonth() {
        return totals(StatsTable::month);
    }

    public Map<String, Total> byType() {
        return totals(r -> r.type() == null ? UNKNOWN : r.type().label());
    }

    public Total total() {
        Total t = new Total(0, 0);
        for (StatsRow r : rows) {
            t = t.plus(Total.of(r));
        }
        return t;
    }

    private Map<String, Total> totals(Function<StatsRow, String> key) {
        Map<String, Total> out = new TreeMap<>();
        for (StatsRow r : rows) {
            out.merge(key.apply(r), Total.of(r), Total::plus);
        }
        return out;
    }

    /** The readable table: three sections of totals, then the cross rows. */
    public void print(PrintWriter out) {
        Total all = total();
        out.printf(Locale.ROOT, "%,d events, %,d fatalities (sum of low estimates)%n", all.events(),
                all.fatalitiesLow());
        section(out, "country", byCountry());
        section(out, "month", byMonth());
        section(out, "event type", byType());
        out.println();
        out.printf(Locale.ROOT, "%-8s %-8s %-28s %8s %10s%n", "country", "month", "event type", "events",
                "fatalities");
        for (StatsRow r : rows) {
            out.printf(Locale.ROOT, "%-8s %-8s %-28s %,8d %,10d%n", label(r.countryCode()), month(r),
                    r.type() == null ? UNKNOWN : r.type().label(), r.events(), r.fatalitiesLow());
        }
        out.flush();
    }

    private static void section(PrintWriter out, String title, Map<String, Total> totals) {
        out.println();
        out.printf(Locale.ROOT, "%-28s %8s %10s%n", "by " + title, "events", "fatalities");
        totals.forEach((k, t) -> out.printf(Locale.ROOT, "%-28s %,8d %,10d%n", k, t.events(),
                t.fatalitiesLow()));
    }

    /** The same figures as one JSON object. */
    public void writeJson(Writer w) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ObjectNode root = mapper.createObjectNode();
        Total all = total();
        root.put("events", all.events());
        root.put("fatalities_low", all.fatalitiesLow());
        totals(root.putObject("by_country"), byCountry());
        totals(root.putObject("by_month"), byMonth());
        totals(root.putObject("by_type"), byType());
        ArrayNode cells = root.putArray("rows");
        for (StatsRow r : rows) {
            ObjectNode c = cells.addObject();
            c.put("country_code", r.countryCode());
            c.put("month", r.month() == null ? null : r.month().toString());
            c.put("event_type", r.type() == null ? null : r.type().label());
            c.put("events", r.events());
            c.put("fatalities_low", r.fatalitiesLow());
        }
        mapper.writeValue(w, root);
        w.write(System.lineSeparator());
        w.flush();
    }

    private static void totals(ObjectNode node, Map<String, Total> totals) {
        totals.forEach((k, t) -> {
            ObjectNode o = node.putObject(k);
            o.put("events", t.events());
            o.put("fatalities_low", t.fatalitiesLow());
        });
    }

    private static String label(String countryCode) {
        return countryCode == null ? UNKNOWN : countryCode;
    }

    private static String month(StatsRow r) {
        return r.month() == null ? UNKNOWN : r.month().toString();
    }
}
