package io.dupliwatch.collect;

import io.dupliwatch.collect.DuplicatiAddress.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DuplicatiAddressTest {

    @Test
    void aBareHostMeansHttpsOnDuplicatisPort() {
        assertThat(DuplicatiAddress.parse(" 192.168.1.20 "))
                .isEqualTo(new DuplicatiAddress("192.168.1.20", 8200, Scheme.HTTPS));
        assertThat(DuplicatiAddress.parse("nas01.lan:8300").base()).hasToString("https://nas01.lan:8300");
    }

    @Test
    void aTypedSchemeIsKeptAndDefaultsToItsOwnPort() {
        assertThat(DuplicatiAddress.parse("https://backup.example.com"))
                .isEqualTo(new DuplicatiAddress("backup.example.com", 443, Scheme.HTTPS));
        assertThat(DuplicatiAddress.parse("HTTP://192.168.1.20:8200/ngax/index.html"))
                .isEqualTo(new DuplicatiAddress("192.168.1.20", 8200, Scheme.HTTP));
    }

    @Test
    void anIpv6LiteralKeepsItsBracketsInUrlsOnly() {
        DuplicatiAddress address = DuplicatiAddress.parse("[fd00::20]");

        assertThat(address.socketHost()).isEqualTo("fd00::20");
        assertThat(address.base()).hasToString("https://[fd00::20]:8200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ftp://nas01", "admin:secret@nas01", "nas01?x=1", "http://", "nas01:99999"})
    void unusableAddressesAreRefused(String typed) {
        assertThatIllegalArgumentException().isThrownBy(() -> DuplicatiAddress.parse(typed));
    }
}
