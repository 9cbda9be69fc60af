package io.dupliwatch.collect;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stub answers like the reference says Duplicati 2.3.0.4 does, with the sample bodies byte for byte. */
class DuplicatiStubTest {

    private final DuplicatiStub stub = DuplicatiStub.http();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void theTranscriptsRequestsGetTheSampleBodies() throws Exception {
        String token = login().body().split("\"")[3];

        assertThat(get("/api/v1/backup/1/log?pagesize=10", token).body())
                .isEqualTo(DuplicatiStub.sample("backup-1-log.page1.json"));
        assertThat(get("/api/v1/backup/1/log?pagesize=10&offset=4", token).body())
                .isEqualTo(DuplicatiStub.sample("backup-1-log.page2.json"));
        assertThat(get("/api/v1/backup/1/log?pagesize=10&offset=1", token).body())
                .isEqualTo(DuplicatiStub.sample("backup-1-log.page3.json"));
        assertThat(get("/api/v1/backup/2/log", token).body())
                .isEqualTo(DuplicatiStub.sample("backup-2-log.page1.json"));
        assertThat(get("/api/v1/backups", token).body()).isEqualTo(DuplicatiStub.sample("backups.json"));
    }

    @Test
    void loginSetsThePortNamedRefreshCookie() throws Exception {
        HttpResponse<String> login = login();

        assertThat(login.body()).isEqualTo(DuplicatiStub.sample("auth-login.json"));
        assertThat(login.headers().firstValue("Set-Cookie")).get().asString()
                .startsWith("RefreshToken_" + stub.port() + "=" + DuplicatiStub.sample("auth-login.refresh-cookie.txt"))
                .contains("path=/api/v1/auth/refresh");
    }

    @Test
    void aProtectedCallWithoutTokenGets401WithAnEmptyBody() throws Exception {
        HttpResponse<String> response = get("/api/v1/systeminfo", "not-a-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    private HttpResponse<String> login() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://" + stub.hostAndPort() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"" + DuplicatiStub.PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://" + stub.hostAndPort() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
