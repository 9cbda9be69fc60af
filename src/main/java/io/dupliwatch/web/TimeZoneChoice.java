package io.dupliwatch.web;

import java.time.ZoneId;

/**
 * A server's time zone as its edit form shows it.
 *
 * @param own    the server's own zone (chosen or read from Duplicati), {@code null} when it has none
 * @param global the global monitoring zone, in force when it has none
 */
public record TimeZoneChoice(ZoneId own, ZoneId global) {

    /** The zone the server's schedules are read in. */
    public ZoneId inForce() {
        return own != null ? own : global;
    }

    /** The form's value: the own zone's id, or empty. */
    public String ownId() {
        return own == null ? "" : own.getId();
    }
}
