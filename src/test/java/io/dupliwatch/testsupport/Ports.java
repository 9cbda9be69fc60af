package io.dupliwatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** TCP ports for servers a test starts, or for a peer that is down. */
public final class Ports {

    private Ports() {
    }

    /** A port nothing listens on now (the system picked it, so it is unlikely to be taken before the test uses it). */
    public static int unused() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
