package io.dupliwatch.notify.channel.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLSocket;

import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * GreenMail's SMTP server has no STARTTLS (greenmail-mail-test/greenmail#135), so this front end speaks SMTP up
 * to STARTTLS, upgrades the connection with a self-signed certificate for {@code localhost}, then relays the
 * decrypted conversation to GreenMail's plain port. Clients therefore perform a real STARTTLS negotiation.
 */
final class StartTlsRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final int upstreamPort;
    private final HandshakeCertificates certificates;
    private final List<String> negotiatedProtocols = new CopyOnWriteArrayList<>();

    StartTlsRelay(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        HeldCertificate localhost = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
        this.certificates = new HandshakeCertificates.Builder().heldCertificate(localhost).build();
        this.listener = new ServerSocket(0);
        Thread acceptor = new Thread(this::acceptLoop, "starttls-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** TLS protocol of each upgraded connection, e.g. {@code TLSv1.3}. */
    List<String> negotiatedProtocols() {
        return negotiatedProtocols;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread handler = new Thread(() -> handle(client), "starttls-relay-connection");
                handler.setDaemon(true);
                handler.start();
            }
            catch (IOException e) {
                return; // closed
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            write(out, "220 localhost ESMTP relay\r\n");
            while (true) {
                String line = readLine(in);
                if (line == null) {
                    return;
                }
                String command = line.toUpperCase();
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    write(out, "250-localhost\r\n250 STARTTLS\r\n");
                }
                else if (command.equals("STARTTLS")) {
                    write(out, "220 2.0.0 Ready to start TLS\r\n");
                    relayOverTls(client);
                    return;
                }
                else if (command.equals("QUIT")) {
                    write(out, "221 Bye\r\n");
                    return;
                }
                else {
                    write(out, "530 5.7.0 Must issue a STARTTLS command first\r\n");
                }
            }
        }
        catch (IOException e) {
            // the client gave up (e.g. it rejected the certificate)
        }
    }

    private void relayOverTls(Socket client) throws IOException {
        SSLSocket tls = (SSLSocket) certificates.sslContext().getSocketFactory()
                .createSocket(client, "localhost", client.getPort(), true);
        tls.setUseClientMode(false);
        tls.startHandshake();
        negotiatedProtocols.add(tls.getSession().getProtocol());
        try (tls; Socket upstream = new Socket("localhost", upstreamPort)) {
            readLine(upstream.getInputStream()); // GreenMail's greeting: the client already had one
            Thread down = new Thread(() -> pipe(upstream, tls), "starttls-relay-down");
            down.setDaemon(true);
            down.start();
            pipe(tls, upstream);
            down.join(5000);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        }
        catch (IOException e) {
            // one side closed
        }
    }

    /** Reads one CRLF-terminated line byte by byte, so no TLS bytes are consumed by a buffer. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                return line.toString(StandardCharsets.US_ASCII).stripTrailing();
            }
            line.write(b);
        }
        return null;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
