package dev.connectorerrorbot.slack.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Posting pace per channel")
class ChannelPacerTest {
    private static final Instant NOW = Instant.parse("2025-01-15T09:30:00Z");

    @Test
    void letsABurstOfThreeThroughThenOnePerSecondWithoutHoldingUpOtherChannels() {
        ChannelPacer pacer = new ChannelPacer(Clock.fixed(NOW, ZoneOffset.UTC));

        Duration first = pacer.reserve("C0BUSY");
        Duration second = pacer.reserve("C0BUSY");
        Duration third = pacer.reserve("C0BUSY");
        Duration fourth = pacer.reserve("C0BUSY");
        Duration fifth = pacer.reserve("C0BUSY");
        Duration otherChannel = pacer.reserve("C0QUIET");

        assertEquals(Duration.ZERO, first);
        assertEquals(Duration.ZERO, second);
        assertEquals(Duration.ZERO, third);
        assertEquals(Duration.ofSeconds(1), fourth);
        assertEquals(Duration.ofSeconds(2), fifth);
        assertEquals(Duration.ZERO, otherChannel);
    }

    @Test
    void aChannelThatWentQuietGetsItsBurstBack() {
        Instant[] now = {NOW};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        ChannelPacer pacer = new ChannelPacer(clock);
        for (int post = 0; post < 4; post++) {
            pacer.reserve("C0ALERTS");
        }

        now[0] = NOW.plus(Duration.ofMinutes(1));

        assertEquals(Duration.ZERO, pacer.reserve("C0ALERTS"));
        assertEquals(Duration.ZERO, pacer.reserve("C0ALERTS"));
        assertEquals(Duration.ZERO, pacer.reserve("C0ALERTS"));
        assertEquals(Duration.ofSeconds(1), pacer.reserve("C0ALERTS"));
    }
}
