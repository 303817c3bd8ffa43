package org.sitrep.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.sitrep.cli.Main;

/** Runs sitrep's command line in the test JVM, as a user's shell would. */
public final class Cli {

    private Cli() {
    }

    /** Runs the command with these arguments: its exit status; stderr goes to {@code err}, stdout is dropped. */
    public static int run(StringWriter err, String... args) {
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }
}
