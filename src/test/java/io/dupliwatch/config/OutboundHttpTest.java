package io.dupliwatch.config;

import java.io.IOException;
import java.net.InetAddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.dupliwatch.config.OutboundHttp.RefusedDestinationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboundHttpTest {

    private final OutboundHttp strict = new OutboundHttp(new OutboundProperties(false));

    @ParameterizedTest
    @ValueSource(strings = { "169.254.169.254", "169.254.0.1", "fe80::1", "febf::1", "fd00:ec2::254",
            "100.100.100.200", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe" })
    void linkLocalAndMetadataAddressesAreRefused(String ip) {
        assertThatThrownBy(() -> strict.checkDestination(ip))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessage(ip + " resolves to " + hostAddress(ip) + ", a link-local or cloud-metadata address:"
                        + " refused unless dupliwatch.outbound.allow-link-local=true");
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "::1", "localhost", "10.0.0.5", "172.16.3.4", "192.168.1.20", "fd00::20",
            "100.100.100.100", "169.253.255.255", "8.8.8.8" })
    void loopbackPrivateAndPublicAddressesAreAllowed(String host) {
        assertThatNoException().isThrownBy(() -> strict.checkDestination(host));
    }

    @Test
    void theSettingAllowsLinkLocalAddresses() {
        OutboundHttp lenient = new OutboundHttp(new OutboundProperties(true));

        assertThatNoException().isThrownBy(() -> lenient.checkDestination("169.254.169.254"));
        assertThatNoException().isThrownBy(() -> lenient.checkDestination("fd00:ec2::254"));
    }

    private static String hostAddress(String ip) {
        try {
            return InetAddress.getByName(ip).getHostAddress();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
