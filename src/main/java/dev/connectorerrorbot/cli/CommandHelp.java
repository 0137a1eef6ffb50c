package dev.connectorerrorbot.cli;

/** The spellings of "show this command's usage" that every command accepts, and then exits 0. */
public final class CommandHelp {
    private CommandHelp() {
    }

    public static boolean isHelp(String argument) {
        return argument.equals("--help") || argument.equals("-h");
    }
}
