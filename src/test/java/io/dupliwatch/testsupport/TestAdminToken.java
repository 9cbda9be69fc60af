package io.dupliwatch.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An API token with the {@code admin} scope that exists in every integration-test database: seeded when a test
 * context starts and again by {@link DatabaseCleaner#clean}. Use it through {@link Http#asAdmin()}. It lives in
 * src/test only: a production database never holds it.
 */
public final class TestAdminToken {

    public static final String VALUE = "dwt_integration-tests-admin-token-never-in-production";

    private TestAdminToken() {
    }

    /** Stores the token (its SHA-256 digest, as the application does) unless it is already there. */
    public static void seed(JdbcClient jdbc) {
        jdbc.sql("""
                        INSERT INTO api_tokens (name, token_hash, token_prefix, scopes, created_at, created_by)
                        VALUES ('integration tests', :hash, :prefix, 'admin', 0, 'tests')
                        ON CONFLICT (token_hash) DO NOTHING""")
                .param("hash", sha256(VALUE)).param("prefix", VALUE.substring(0, 10)).update();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
