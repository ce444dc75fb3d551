package org.vaeexplorer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The logging setup, in code: log lines go to stderr (stdout belongs to the command line's output, one JSON
 * object with {@code --json}); the app's own loggers at WARN unless {@code -Dvae.log.level} or the
 * {@code VAE_LOG_LEVEL} environment variable say otherwise, everything else at WARN.
 *
 * <p>Why in code: Logback reading an XML file took a noticeable part of every start (docs/performance.md,
 * Launch). Logback finds this class through
 * {@code META-INF/services}. A file named by {@code -Dlogback.configurationFile} still replaces it.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    static final String LEVEL_PROPERTY = "vae.log.level";
    static final String LEVEL_ENV = "VAE_LOG_LEVEL";
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("org.vaeexplorer").setLevel(appLevel(System.getProperty(LEVEL_PROPERTY), System.getenv(LEVEL_ENV)));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The property wins over the environment; anything unreadable is WARN. */
    static Level appLevel(String property, String environment) {
        String named = property != null ? property : environment;
        return Level.toLevel(named, Level.WARN);
    }
}
