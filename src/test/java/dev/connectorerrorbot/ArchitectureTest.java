package dev.connectorerrorbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.slack.api.Slack;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The dependency arrows of STYLE.md section 3, so that a wrong import fails the build instead of a review. */
class ArchitectureTest {
    private static final String ROOT = "dev.connectorerrorbot.";
    private static final JavaClasses PRODUCTION_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.connectorerrorbot");

    static final ArchRule packagesHaveNoCycles = slices().matching(ROOT + "(*)..").should().beFreeOfCycles();

    static final ArchRule nothingImportsTheApp = noClasses().that().resideOutsideOfPackage(ROOT + "app..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + "app..");

    static final ArchRule consoleImportsNoOtherFrontEnd = noClasses().that().resideInAPackage(ROOT + "console..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "slack..", ROOT + "cli..");

    static final ArchRule cliImportsNoOtherFrontEnd = noClasses().that().resideInAPackage(ROOT + "cli..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "slack..", ROOT + "console..");

    static final ArchRule slackImportsNoOtherFrontEnd = noClasses().that().resideInAPackage(ROOT + "slack..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "cli..", ROOT + "console..")
            .allowEmptyShould(true);

    static final ArchRule slackApiOnlyInTheSlackPackage = noClasses().that().resideOutsideOfPackage(ROOT + "slack..")
            .should().dependOnClassesThat().resideInAPackage("com.slack.api..");

    static final ArchRule matchingKnowsOnlyTheCatalog = noClasses().that().resideInAPackage(ROOT + "matching..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "lookup..", ROOT + "extraction..",
                    ROOT + "slack..", ROOT + "console..", ROOT + "cli..", ROOT + "config..");

    static final ArchRule leafPackagesStayLeaves = noClasses().that()
            .resideInAnyPackage(ROOT + "catalog..", ROOT + "config..", ROOT + "redaction..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "matching..", ROOT + "lookup..",
                    ROOT + "extraction..", ROOT + "slack..", ROOT + "console..", ROOT + "cli..");

    static final ArchRule guiceOnlyInModulesAndTheApp = noClasses().that().resideOutsideOfPackage(ROOT + "app..")
            .and().haveSimpleNameNotEndingWith("Module")
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..");

    static final ArchRule jacksonOnlyInCatalogAndCli = noClasses().that()
            .resideOutsideOfPackages(ROOT + "catalog..", ROOT + "cli..", ROOT + "slack..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    private static final String SLACK = ROOT + "slack.";
    /** Where Slack's Web API and response_urls are reached: the SDK's clients and OkHttp (and Bolt's Responder). */
    private static final String[] WEB_API = {"com.slack.api.methods..", "com.slack.api.webhook..", "okhttp3.."};

    static final ArchRule inboundAndAnswerNeverReachTheWebApi = noClasses().that()
            .resideInAnyPackage(SLACK + "inbound..", SLACK + "answer..")
            .should().dependOnClassesThat().resideInAnyPackage(WEB_API)
            .orShould().dependOnClassesThat().resideInAPackage(SLACK + "outbound..")
            .orShould().dependOnClassesThat().belongToAnyOf(Slack.class, Responder.class)
            .orShould().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
                    "say|respond|client|asyncClient")));

    static final ArchRule inboundKnowsNothingOfTheAnswer = noClasses().that().resideInAPackage(SLACK + "inbound..")
            .should().dependOnClassesThat().resideInAPackage(SLACK + "answer..");

    /**
     * The front ends' start-up opens Socket Mode and SlackModule builds the client; replies go through outbound. The
     * proxy package only configures the HTTP client's route and proxy credentials, so it may name OkHttp's types.
     */
    static final ArchRule onlyTheDispatcherSideReachesTheWebApi = noClasses().that().resideInAPackage("dev.connectorerrorbot..")
            .and().resideOutsideOfPackages(SLACK + "outbound..", SLACK + "socket..", "dev.connectorerrorbot.proxy..")
            .and().doNotHaveSimpleName("SlackModule")
            .should().dependOnClassesThat().resideInAnyPackage(WEB_API)
            .orShould().dependOnClassesThat().belongToAnyOf(MethodsClient.class, Responder.class);

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("packages have no cycles", packagesHaveNoCycles),
                Arguments.of("nothing imports the app", nothingImportsTheApp),
                Arguments.of("the console imports no other front end", consoleImportsNoOtherFrontEnd),
                Arguments.of("the CLI imports no other front end", cliImportsNoOtherFrontEnd),
                Arguments.of("Slack imports no other front end", slackImportsNoOtherFrontEnd),
                Arguments.of("the Slack API only in the slack package", slackApiOnlyInTheSlackPackage),
                Arguments.of("matching knows only the catalog", matchingKnowsOnlyTheCatalog),
                Arguments.of("leaf packages stay leaves", leafPackagesStayLeaves),
                Arguments.of("Guice only in modules and the app", guiceOnlyInModulesAndTheApp),
                Arguments.of("Jackson only in catalog, cli and slack", jacksonOnlyInCatalogAndCli),
                Arguments.of("inbound and answer never reach the Web API", inboundAndAnswerNeverReachTheWebApi),
                Arguments.of("inbound knows nothing of the answer", inboundKnowsNothingOfTheAnswer),
                Arguments.of("only outbound reaches the Web API", onlyTheDispatcherSideReachesTheWebApi));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionCodeFollowsTheDependencyArrows(String name, ArchRule rule) {
        rule.check(PRODUCTION_CLASSES);
    }
}
