package io.dupliwatch.collect;

import java.net.URI;
import java.net.http.HttpRequest;

import io.dupliwatch.testsupport.Http;

/** JSON calls with any method against the running server, as the web UI makes them (as an admin). */
final class CollectApi {

    private final Http http;
    private final String base;

    CollectApi(int port) {
        this.http = new Http(port).asAdmin();
        this.base = "http://localhost:" + port;
    }

    Http.Reply get(String path) {
        return http.get(path);
    }

    Http.Reply send(String method, String path, String body) {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)));
    }

    Http.Reply upload(String report) {
        return http.upload(report);
    }
}
