package org.vaeexplorer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class LogConfiguratorTest {

    @Test
    void thePropertyWinsOverTheEnvironmentAndAnythingUnreadableIsWarn() {
        assertThat(LogConfigurator.appLevel("debug", "ERROR")).isEqualTo(Level.DEBUG);
        assertThat(LogConfigurator.appLevel(null, "error")).isEqualTo(Level.ERROR);
        assertThat(LogConfigurator.appLevel(null, null)).isEqualTo(Level.WARN);
        assertThat(LogConfigurator.appLevel("loud", null)).isEqualTo(Level.WARN);
    }

    @Test
    void logbackConfiguresItselfWithItToStderr() {
        // The build sets -Dvae.log.level=INFO for the tests; everything else stays at WARN.
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(context.getLogger("org.vaeexplorer").getLevel()).isEqualTo(Level.INFO);
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ch.qos.logback.core.ConsoleAppender.class,
                a -> assertThat(a.getTarget()).isEqualTo("System.err"));
    }
}
