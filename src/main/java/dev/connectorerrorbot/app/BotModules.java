package dev.connectorerrorbot.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import dev.connectorerrorbot.catalog.CatalogModule;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.ConfigModule;
import dev.connectorerrorbot.config.FrontEnd;
import dev.connectorerrorbot.lookup.LookupModule;
import dev.connectorerrorbot.slack.SlackModule;
import dev.connectorerrorbot.slack.http.HttpModeModule;
import dev.connectorerrorbot.slack.socket.SocketModeModule;
import dev.connectorerrorbot.store.PostgresStoreModule;
import dev.connectorerrorbot.store.StoreModule;
import java.util.ArrayList;
import java.util.List;

/**
 * The modules each way of running the bot installs, listed once: {@link Main} builds its injectors from them, and
 * the tests build the same bot from them, replacing only far edges. Every injector gets the strict wiring rules.
 */
public final class BotModules {
    private BotModules() {
    }

    /** The Slack bot: settings, catalog, lookup, the store BOT_DB names, Slack, and the transport the credentials pick. */
    public static List<Module> slack(BotSettings settings, CatalogModule catalog) {
        Module transport = settings.frontEnd() == FrontEnd.HTTP ? new HttpModeModule() : new SocketModeModule();
        return List.of(new ConfigModule(settings), catalog, new LookupModule(), store(settings), new SlackModule(),
                transport);
    }

    /** SQLite, embedded, by default; a shared PostgreSQL database when BOT_DB is a jdbc:postgresql:// URL. */
    public static Module store(BotSettings settings) {
        return settings.isPostgresDatabase() ? new PostgresStoreModule() : new StoreModule();
    }

    /** One injector over {@code modules}, with {@code edges} replacing only what they bind (tests' far edges). */
    public static Injector injector(List<Module> modules, Module... edges) {
        List<Module> all = new ArrayList<>();
        all.add(Modules.override(modules).with(edges));
        all.add(new StrictWiringModule());
        return Guice.createInjector(all);
    }
}
