package io.dupliwatch.collect;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.X509ExtendedTrustManager;

import io.dupliwatch.collect.DuplicatiCredential.Password;
import io.dupliwatch.collect.DuplicatiCredential.PreAuthToken;
import io.dupliwatch.config.OutboundHttp;
import io.dupliwatch.config.OutboundProperties;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DuplicatiClientTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(800);

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void closeResources() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    private <T extends AutoCloseable> T use(T resource) {
        resources.add(resource);
        return resource;
    }

    private static DuplicatiClient client(int logPageSize) {
        return client(logPageSize, Duration.ofSeconds(10), ServerCertificateTrust.systemTrustManager());
    }

    private static DuplicatiClient client(int logPageSize, Duration requestTimeout, X509ExtendedTrustManager trust) {
        return new DuplicatiClient(new CollectProperties(CONNECT_TIMEOUT, requestTimeout, logPageSize, 1), JSON,
                new OutboundHttp(new OutboundProperties(false)), () -> trust);
    }

    private static DuplicatiConnection connection(String address, DuplicatiCredential credential) {
        return new DuplicatiConnection(DuplicatiAddress.parse(address), credential, false, null);
    }

    private static DuplicatiConnection withPassword(DuplicatiStub stub) {
        return connection("http://" + stub.hostAndPort(), new Password(DuplicatiStub.PASSWORD));
    }

    @Nested
    class Authentication {

        private final DuplicatiStub stub = use(DuplicatiStub.http());

        @Test
        void logsInOnceAndReusesTheAccessTokenForEveryCall() {
            try (DuplicatiSession session = client(500).open(withPassword(stub))) {
                session.systemInfo();
                session.jobs();
                session.log("1");
                session.log("2");
            }

            assertThat(stub.logins()).isEqualTo(1);
            assertThat(stub.refreshes()).isZero();
            assertThat(stub.requests()).filteredOn(r -> r.startsWith("POST /api/v1/auth/login")).hasSize(1);
        }

        @Test
        void renewsAnExpiredAccessTokenWithTheRefreshCookieInsteadOfLoggingInAgain() {
            try (DuplicatiSession session = client(500).open(withPassword(stub))) {
                session.jobs();
                stub.expireAccessTokens();

                assertThat(session.jobs()).hasSize(2);
                stub.expireAccessTokens();
                assertThat(session.log("2")).hasSize(3);
            }

            assertThat(stub.logins()).isEqualTo(1);
            assertThat(stub.refreshes()).isEqualTo(2);
        }

        @Test
        void logsInAgainOnlyWhenTheRefreshIsRefused() {
            try (DuplicatiSession session = client(500).open(withPassword(stub))) {
                session.jobs();
                stub.expireAccessTokens();
                stub.revokeRefreshToken();

                assertThat(session.jobs()).hasSize(2);
            }

            assertThat(stub.logins()).isEqualTo(2);
            assertThat(stub.refreshes()).isZero();
        }

        @Test
        void closingTheSessionLogsOutSoDuplicatiCanDropTheLogin() {
            DuplicatiSession session = client(500).open(withPassword(stub));
            session.jobs();

            session.close();

            assertThat(stub.logouts()).isEqualTo(1);
        }

        @Test
        void aWrongPasswordIsReportedAsSuchAfterOneAttempt() {
            DuplicatiConnection wrong = connection("http://" + stub.hostAndPort(), new Password("x"));

            assertThatThrownBy(() -> client(500).open(wrong))
                    .isInstanceOfSatisfying(DuplicatiException.class,
                            e -> assertThat(e.problem()).isEqualTo(DuplicatiProblem.WRONG_PASSWORD))
                    .hasMessageNotContaining("correct horse");
            assertThat(stub.requests()).containsExactly("POST /api/v1/auth/login");
        }

        @Test
        void aPreAuthenticatedTokenIsSentOnEveryCallWithoutAnyLogin() {
            stub.preAuthToken("dupliwatch-collector-01");
            DuplicatiConnection preAuth = connection("http://" + stub.hostAndPort(), new PreAuthToken("dupliwatch-collector-01"));

            try (DuplicatiSession session = client(500).open(preAuth)) {
                assertThat(session.systemInfo().machineName()).isEqualTo("nas01");
                assertThat(session.jobs()).hasSize(2);
            }

            assertThat(stub.logins()).isZero();
            assertThat(stub.requests()).noneMatch(r -> r.contains("/auth/"));
        }

        @Test
        void anUnknownPreAuthenticatedTokenIsAWrongPassword() {
            DuplicatiConnection preAuth = connection("http://" + stub.hostAndPort(), new PreAuthToken("not-configured-01"));

            DuplicatiException e = catchThrowableOfType(DuplicatiException.class, () -> client(500).open(preAuth));

            assertThat(e.problem()).isEqualTo(DuplicatiProblem.WRONG_PASSWORD);
        }

        @Test
        void aHostNameOutsideDuplicatisAllowedListIsReportedWithTheFix() {
            stub.refuseHostName("localhost");

            DuplicatiException e = catchThrowableOfType(DuplicatiException.class,
                    () -> client(500).open(withPassword(stub)));

            assertThat(e.problem()).isEqualTo(DuplicatiProblem.HOST_NAME_REJECTED);
            assertThat(e).hasMessageContaining("'localhost'").hasMessageContaining("allowed host names");
        }
    }

    @Nested
    class Reading {

        private final DuplicatiStub stub = use(DuplicatiStub.http());

        @Test
        void systemInfoIdentifiesTheMachine() {
            try (DuplicatiSession session = client(500).open(withPassword(stub))) {
                DuplicatiSystemInfo info = session.systemInfo();

                assertThat(info.machineName()).isEqualTo("nas01");
                assertThat(info.machineId()).isEqualTo(DuplicatiStub.MACHINE_ID);
                assertThat(info.serverVersion()).isEqualTo("2.3.0.4");
                assertThat(info.serverTimeZone()).isEqualTo("Europe/Berlin");
            }
        }

        @Test
        void jobsCarryTheirSchedules() {
            try (DuplicatiSession session = client(500).open(withPassword(stub))) {
                List<DuplicatiJob> jobs = session.jobs();

                assertThat(jobs).extracting(DuplicatiJob::id, DuplicatiJob::name)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "Documents"),
                                org.assertj.core.groups.Tuple.tuple("2", "Photos"));
                assertThat(jobs.get(0).schedule()).isEqualTo(new DuplicatiSchedule("1D",
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        Instant.parse("2026-08-14T00:00:00Z"), Instant.parse("2026-08-13T00:00:00Z")));
                assertThat(jobs.get(1).schedule()).isEqualTo(new DuplicatiSchedule("1W", EnumSet.of(DayOfWeek.SUNDAY),
                        Instant.parse("2026-08-16T01:30:00Z"), Instant.parse("2026-08-09T01:30:00Z")));
            }
        }

        @Test
        void theTargetUrlWithItsCredentialsIsDroppedWhileParsing() {
            try (DuplicatiSession session = client(500).open(withPassword(stub))) {
                List<DuplicatiJob> jobs = session.jobs();

                String everythingKept = JSON.writeValueAsString(jobs) + jobs;
                assertThat(everythingKept)
                        .doesNotContain(DuplicatiStub.DOCUMENTS_TARGET_PASSWORD)
                        .doesNotContain("s3://")
                        .doesNotContain("file:///mnt/usb-backup")
                        .doesNotContainIgnoringCase("TargetURL");
            }
        }

        @Test
        void aScheduleNeverStartedAndWithoutWeekdayRuleAllowsEveryDay() {
            stub.backups(DuplicatiStub.sample("backups.json")
                    .replace("\"LastRun\":\"2026-08-09T01:30:00Z\"", "\"LastRun\":\"0001-01-01T00:00:00\"")
                    .replace("\"Rule\":\"AllowedWeekDays=Sunday\"", "\"Rule\":\"\"")
                    .replace("{\"ID\":1,\"Tags\":[\"ID=1\"]", "null,\"Unused\":{\"ID\":1,\"Tags\":[\"ID=1\"]"));

            try (DuplicatiSession session = client(500).open(withPassword(stub))) {
                List<DuplicatiJob> jobs = session.jobs();

                assertThat(jobs.get(0).schedule()).isNull();
                assertThat(jobs.get(1).schedule().lastRun()).isNull();
                assertThat(jobs.get(1).schedule().allowedWeekDays()).containsExactlyInAnyOrder(DayOfWeek.values());
            }
        }

        @Test
        void theLogIsReadPageByPageUntilTheOldestRow() {
            try (DuplicatiSession session = client(10).open(withPassword(stub))) {
                List<DuplicatiLogEntry> log = session.log("1");

                assertThat(log).extracting(DuplicatiLogEntry::id)
                        .containsExactly(13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);
                assertThat(log.get(0).isBackup()).isTrue();
                assertThat(log.get(0).writtenAt()).isEqualTo(Instant.ofEpochSecond(1786579390));
                assertThat(log.get(0).result().path("BeginTime").stringValue())
                        .isEqualTo("2026-08-13T00:00:00.4169381Z");
                assertThat(log.get(1).mainOperation()).isEqualTo("Test");
                assertThat(log.get(9).result().path("ParsedResult").stringValue()).isEqualTo("Fatal");
            }
            assertThat(stub.requests()).filteredOn(r -> r.contains("/log?"))
                    .containsExactly("GET /api/v1/backup/1/log?pagesize=10",
                            "GET /api/v1/backup/1/log?pagesize=10&offset=4");
        }

        @Test
        void aPageSizeAboveDuplicatisLimitIsClampedSoNoRowIsMissed() {
            stub.log("1", DuplicatiStub.backupRows(1203, Instant.parse("2026-07-14T00:00:00Z")));

            try (DuplicatiSession session = client(999).open(withPassword(stub))) {
                List<DuplicatiLogEntry> log = session.log("1");

                assertThat(log).hasSize(1203);
                assertThat(log).extracting(DuplicatiLogEntry::id).doesNotHaveDuplicates();
            }
            assertThat(stub.requests()).filteredOn(r -> r.contains("/log?"))
                    .containsExactly("GET /api/v1/backup/1/log?pagesize=500",
                            "GET /api/v1/backup/1/log?pagesize=500&offset=704",
                            "GET /api/v1/backup/1/log?pagesize=500&offset=204");
        }

        @Test
        void aPageSizeBelowDuplicatisMinimumIsClampedToo() {
            try (DuplicatiSession session = client(5).open(withPassword(stub))) {
                assertThat(session.log("1")).hasSize(13);
            }
            assertThat(stub.requests()).filteredOn(r -> r.contains("/log?")).first()
                    .isEqualTo("GET /api/v1/backup/1/log?pagesize=10");
        }

        @Test
        void anUnknownJobIsDuplicatisOwnError() {
            try (DuplicatiSession session = client(500).open(withPassword(stub))) {
                DuplicatiException e = catchThrowableOfType(DuplicatiException.class, () -> session.log("9"));

                assertThat(e.problem()).isEqualTo(DuplicatiProblem.SERVER_ERROR);
                assertThat(e).hasMessageContaining("Backup not found");
            }
        }
    }

    @Nested
    class Transport {

        private final HeldCertificate selfSigned = new HeldCertificate.Builder()
                .commonName("nas01").addSubjectAlternativeName("localhost").build();

        private DuplicatiStub httpsStub(HeldCertificate certificate, HeldCertificate... chain) {
            HandshakeCertificates server = new HandshakeCertificates.Builder()
                    .heldCertificate(certificate, java.util.Arrays.stream(chain).map(HeldCertificate::certificate)
                            .toArray(java.security.cert.X509Certificate[]::new))
                    .build();
            return use(DuplicatiStub.https(server.sslSocketFactory()));
        }

        @Test
        void withoutSchemeAPlainHttpPortIsRefusedAndThePasswordIsNeverSentOverHttp() throws Exception {
            try (PlainHttpServer plainHttp = new PlainHttpServer()) {
                DuplicatiException e = catchThrowableOfType(DuplicatiException.class, () -> client(500)
                        .open(connection("127.0.0.1:" + plainHttp.port(), new Password(DuplicatiStub.PASSWORD))));

                assertThat(e.problem()).as(e.getMessage()).isEqualTo(DuplicatiProblem.PROTOCOL_MISMATCH);
                assertThat(e).hasMessageContaining("no HTTPS on").hasMessageContaining("use http://");
                assertThat(plainHttp.received()).as("what reached the plain HTTP port")
                        .isNotEmpty().allMatch(bytes -> bytes[0] == TLS_HANDSHAKE_RECORD)
                        .noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)
                                .contains(DuplicatiStub.PASSWORD));
            }
        }

        @Test
        void typingHttpIsWhatAllowsPlainHttp() {
            DuplicatiStub stub = use(DuplicatiStub.http());

            try (DuplicatiSession session = client(500).open(withPassword(stub))) {
                assertThat(session.baseUrl()).hasToString("http://" + stub.hostAndPort());
                assertThat(session.acceptedSelfSignedCertificate()).isNull();
            }
            assertThat(stub.requests()).contains("POST /api/v1/auth/login");
        }

        @Test
        void aCertificateFromATrustedAuthorityIsUsedWithoutAnyPermission() {
            HeldCertificate authority = new HeldCertificate.Builder().certificateAuthority(0).build();
            HeldCertificate serverCertificate = new HeldCertificate.Builder()
                    .addSubjectAlternativeName("localhost").signedBy(authority).build();
            DuplicatiStub stub = httpsStub(serverCertificate, authority);
            X509ExtendedTrustManager trustingAuthority = (X509ExtendedTrustManager) new HandshakeCertificates.Builder()
                    .addTrustedCertificate(authority.certificate()).build().trustManager();

            try (DuplicatiSession session = client(500, Duration.ofSeconds(10), trustingAuthority)
                    .open(connection(stub.hostAndPort(), new Password(DuplicatiStub.PASSWORD)))) {
                assertThat(session.baseUrl()).hasToString("https://" + stub.hostAndPort());
                assertThat(session.acceptedSelfSignedCertificate()).isNull();
                assertThat(session.jobs()).hasSize(2);
            }
        }

        @Test
        void aSelfSignedCertificateIsRefusedUnlessAllowedAndThePasswordNeverLeaves() {
            DuplicatiStub stub = httpsStub(selfSigned);

            for (String address : List.of(stub.hostAndPort(), "https://" + stub.hostAndPort())) {
                DuplicatiException e = catchThrowableOfType(DuplicatiException.class,
                        () -> client(500).open(connection(address, new Password(DuplicatiStub.PASSWORD))));

                assertThat(e.problem()).isEqualTo(DuplicatiProblem.UNTRUSTED_CERTIFICATE);
                assertThat(e).hasMessageContaining("allow self-signed");
            }
            assertThat(stub.requests()).isEmpty();
        }

        @Test
        void aSelfSignedCertificateIsAcceptedWhenAllowedAndReportedForPinning() throws Exception {
            DuplicatiStub stub = httpsStub(selfSigned);
            DuplicatiConnection allowed = new DuplicatiConnection(DuplicatiAddress.parse(stub.hostAndPort()),
                    new Password(DuplicatiStub.PASSWORD), true, null);

            try (DuplicatiSession session = client(500).open(allowed)) {
                assertThat(session.baseUrl()).hasToString("https://" + stub.hostAndPort());
                assertThat(session.jobs()).hasSize(2);
                assertThat(session.acceptedSelfSignedCertificate())
                        .isEqualTo(ServerCertificateTrust.fingerprint(selfSigned.certificate()));
            }
        }

        @Test
        void anAllowedSelfSignedCertificateMustStillMatchItsPin() {
            DuplicatiStub stub = httpsStub(selfSigned);
            String otherFingerprint = "00" + ":00".repeat(31);
            DuplicatiConnection pinned = new DuplicatiConnection(DuplicatiAddress.parse(stub.hostAndPort()),
                    new Password(DuplicatiStub.PASSWORD), true, otherFingerprint);

            DuplicatiException e = catchThrowableOfType(DuplicatiException.class, () -> client(500).open(pinned));

            assertThat(e.problem()).isEqualTo(DuplicatiProblem.UNTRUSTED_CERTIFICATE);
            assertThat(e).hasMessageContaining("changed");
            assertThat(stub.requests()).isEmpty();
        }

        @Test
        void aClosedPortIsUnreachableAtOnce() throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closedPort = socket.getLocalPort();
            }

            long started = System.nanoTime();
            DuplicatiException e = catchThrowableOfType(DuplicatiException.class,
                    () -> client(500).open(connection("127.0.0.1:" + closedPort, new Password("x"))));

            assertThat(e.problem()).isEqualTo(DuplicatiProblem.UNREACHABLE);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(CONNECT_TIMEOUT);
        }

        @Test
        void aHostThatNeverAnswersIsUnreachableAfterOneConnectTimeout() throws IOException {
            try (Blackhole blackhole = new Blackhole()) {
                for (String address : List.of("127.0.0.1:" + blackhole.port(), "http://127.0.0.1:" + blackhole.port())) {
                    long started = System.nanoTime();
                    DuplicatiException e = catchThrowableOfType(DuplicatiException.class,
                            () -> client(500).open(connection(address, new Password("x"))));

                    assertThat(e.problem()).isEqualTo(DuplicatiProblem.UNREACHABLE);
                    assertThat(Duration.ofNanos(System.nanoTime() - started))
                            .isGreaterThanOrEqualTo(CONNECT_TIMEOUT.minusMillis(50))
                            .isLessThan(CONNECT_TIMEOUT.multipliedBy(2));
                }
            }
        }

        @Test
        void aServerThatAcceptsButNeverAnswersTimesOut() {
            DuplicatiStub stub = use(DuplicatiStub.http());
            stub.stallResponses(Duration.ofSeconds(5));

            long started = System.nanoTime();
            DuplicatiException e = catchThrowableOfType(DuplicatiException.class,
                    () -> client(500, Duration.ofMillis(500), ServerCertificateTrust.systemTrustManager())
                            .open(withPassword(stub)));

            assertThat(e.problem()).isEqualTo(DuplicatiProblem.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }

        @Test
        void aWebServerThatIsNotDuplicatiIsNamedSo() {
            MockWebServer other = use(server(request -> new MockResponse.Builder().code(404)
                    .setHeader("Content-Type", "text/html").body("<html>Not Found</html>").build()));

            DuplicatiException e = catchThrowableOfType(DuplicatiException.class, () -> client(500)
                    .open(connection("http://localhost:" + other.getPort(), new Password("x"))));

            assertThat(e.problem()).isEqualTo(DuplicatiProblem.NOT_DUPLICATI);
        }

        @Test
        void aDuplicati20ServerIsNamedUnsupported() {
            MockWebServer legacy = use(server(request -> new MockResponse.Builder().code(400)
                    .setHeader("Content-Type", "text/plain").body("Missing XSRF Token. Please reload the page").build()));

            DuplicatiException e = catchThrowableOfType(DuplicatiException.class, () -> client(500)
                    .open(connection("http://localhost:" + legacy.getPort(), new Password("x"))));

            assertThat(e.problem()).isEqualTo(DuplicatiProblem.UNSUPPORTED_VERSION);
        }

        @Test
        void aRedirectedLoginIsNotFollowedSoThePasswordStaysWithTheTypedServer() {
            MockWebServer elsewhere = use(server(request -> new MockResponse.Builder().code(200).build()));
            MockWebServer redirecting = use(server(request -> new MockResponse.Builder().code(307)
                    .setHeader("Location", elsewhere.url("/api/v1/auth/login").toString()).build()));

            DuplicatiException e = catchThrowableOfType(DuplicatiException.class, () -> client(500)
                    .open(connection("http://localhost:" + redirecting.getPort(),
                            new Password(DuplicatiStub.PASSWORD))));

            assertThat(e).hasMessageEndingWith("redirected to another address (307); update the URL");
            assertThat(redirecting.getRequestCount()).isEqualTo(1);
            assertThat(elsewhere.getRequestCount()).isZero();
        }

        @Test
        void anErrorTextFromTheServerIsKeptToOneShortLine() {
            String essay = "Database locked\n" + "x".repeat(5000);
            MockWebServer chatty = use(server(request -> new MockResponse.Builder().code(500)
                    .setHeader("Content-Type", "application/json")
                    .body("{\"Error\":" + JSON.writeValueAsString(essay) + ",\"Code\":500}").build()));

            DuplicatiException e = catchThrowableOfType(DuplicatiException.class, () -> client(500)
                    .open(connection("http://localhost:" + chatty.getPort(), new Password("x"))));

            assertThat(e.problem()).isEqualTo(DuplicatiProblem.SERVER_ERROR);
            assertThat(e.getMessage()).endsWith(": Database locked " + "x".repeat(200 - 16) + "…")
                    .doesNotContain("\n");
        }

        @Test
        void aCloudMetadataAddressIsRefusedBeforeAnyConnection() {
            DuplicatiException e = catchThrowableOfType(DuplicatiException.class, () -> client(500)
                    .open(connection("http://169.254.169.254", new Password(DuplicatiStub.PASSWORD))));

            assertThat(e.problem()).isEqualTo(DuplicatiProblem.UNREACHABLE);
            assertThat(e).hasMessageContaining("a link-local or cloud-metadata address")
                    .hasMessageNotContaining(DuplicatiStub.PASSWORD);
        }

        private static MockWebServer server(java.util.function.Function<RecordedRequest, MockResponse> answer) {
            MockWebServer server = new MockWebServer();
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return answer.apply(request);
                }
            });
            try {
                server.start();
            }
            catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return server;
        }
    }

    /**
     * A listening port whose accept queue is full: the kernel drops further SYNs, so a connect hangs exactly
     * like one to a host that is down or firewalled.
     */
    private static final byte TLS_HANDSHAKE_RECORD = 0x16;

    /**
     * A port that speaks plain HTTP, as Duplicati does by default: whatever arrives (a TLS hello, here) is answered
     * with 400 and the connection closed, as a real HTTP server answers bytes that are not a request. (MockWebServer
     * may instead wait for a line end that a TLS hello may never contain.)
     */
    private static final class PlainHttpServer implements AutoCloseable {

        private final ServerSocket listener = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        private final List<byte[]> received = new CopyOnWriteArrayList<>();
        private final Thread answering = new Thread(this::answerUntilClosed, "plain-http-server");

        PlainHttpServer() throws IOException {
            answering.setDaemon(true);
            answering.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        List<byte[]> received() {
            return received;
        }

        private void answerUntilClosed() {
            while (!listener.isClosed()) {
                try (Socket socket = listener.accept()) {
                    byte[] buffer = new byte[4096];
                    int read = socket.getInputStream().read(buffer);
                    if (read > 0) {
                        received.add(Arrays.copyOf(buffer, read));
                    }
                    socket.getOutputStream().write(("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                catch (IOException closedOrReset) {
                    // the listener was closed, or the client gave up: nothing more to answer
                }
            }
        }

        @Override
        public void close() throws Exception {
            listener.close();
            answering.join(5_000);
        }
    }

    private static final class Blackhole implements AutoCloseable {

        private final ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final List<Socket> queued = new ArrayList<>();

        Blackhole() throws IOException {
            for (int i = 0; i < 8; i++) {
                Socket socket = new Socket();
                queued.add(socket);
                try {
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 200);
                }
                catch (SocketTimeoutException full) {
                    return;
                }
            }
            throw new IllegalStateException("the accept queue never filled up");
        }

        int port() {
            return listener.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            for (Socket socket : queued) {
                socket.close();
            }
            listener.close();
        }
    }
}
