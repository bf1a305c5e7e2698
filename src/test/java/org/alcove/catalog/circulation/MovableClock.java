package org.alcove.catalog.circulation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by days, to live through a term in a second. */
final class MovableClock extends Clock {
    private Instant now;

    MovableClock(LocalDate start) {
        this.now = start.atStartOfDay(ZoneOffset.UTC).plusHours(9).toInstant();
    }

    /** A clock standing at nine in the morning of {@code day}. */
    static MovableClock fixedAt(LocalDate day) {
        return new MovableClock(day);
    }

    void advanceDays(long days) {
        now = now.plusSeconds(days * 86_400);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("one zone is enough for these tests");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
