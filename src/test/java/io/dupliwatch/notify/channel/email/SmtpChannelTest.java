package io.dupliwatch.notify.channel.email;

import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.dupliwatch.notify.DeliveryException;
import io.dupliwatch.notify.channel.ChannelFixtures;
import io.dupliwatch.notify.channel.email.EmailSettings.Security;
import io.dupliwatch.testsupport.Ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpChannelTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            ServerSetup.dynamicPort(new ServerSetup[] { ServerSetupTest.SMTP, ServerSetupTest.SMTPS }))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("bot@example.com", "bot", "s3cret"));

    private final SmtpChannel channel = new SmtpChannel(ChannelFixtures.PROPERTIES);

    private static EmailSettings settings(int port, Security security, boolean verify, String username, String password) {
        return new EmailSettings("localhost", port, security, username, password, verify, "dupliwatch@example.com",
                "Dupliwatch", List.of("admin@example.com", "ops@example.com"));
    }

    private static MimeMessage onlyMail() {
        assertThat(greenMail.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy per recipient mailbox
        return received[0];
    }

    private static void assertRenderedMail(MimeMessage mail) throws Exception {
        assertThat(mail.getSubject()).isEqualTo("❌ Error - Documents @ NAS");
        assertThat(mail.getContentType()).startsWith("text/plain").contains("UTF-8");
        assertThat(mail.getContent().toString().replace("\r\n", "\n"))
                .isEqualTo("Backup Documents on NAS failed.\nErrors: 2 <see log> & retry");
        assertThat(mail.getFrom()).containsExactly(new InternetAddress("dupliwatch@example.com", "Dupliwatch"));
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("admin@example.com", "ops@example.com");
    }

    @Test
    void plainSmtpDeliversTheRenderedSubjectAndBody() throws Exception {
        channel.send(ChannelFixtures.errorMessage(),
                settings(greenMail.getSmtp().getPort(), Security.PLAIN, true, null, null));

        assertRenderedMail(onlyMail());
    }

    @Test
    void authenticatesWhenAUsernameIsSet() throws Exception {
        channel.send(ChannelFixtures.errorMessage(),
                settings(greenMail.getSmtp().getPort(), Security.PLAIN, true, "bot", "s3cret"));

        assertRenderedMail(onlyMail());
    }

    @Test
    void wrongPasswordIsAPermanentFailure() {
        assertThatThrownBy(() -> channel.send(ChannelFixtures.errorMessage(),
                settings(greenMail.getSmtp().getPort(), Security.PLAIN, true, "bot", "wrong")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue())
                .hasMessageContaining("authentication failed");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void serverThatIsDownIsATransientFailure() {
        int closedPort = Ports.unused();

        assertThatThrownBy(() -> channel.send(ChannelFixtures.errorMessage(),
                settings(closedPort, Security.PLAIN, true, null, null)))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isFalse())
                .hasMessageContaining("Connection refused");
    }

    @Nested
    class StartTls {

        @Test
        void upgradesTheConnectionThenDelivers() throws Exception {
            try (StartTlsRelay relay = new StartTlsRelay(greenMail.getSmtp().getPort())) {
                channel.send(ChannelFixtures.errorMessage(),
                        settings(relay.port(), Security.STARTTLS, false, "bot", "s3cret"));

                assertThat(relay.negotiatedProtocols()).containsExactly("TLSv1.3");
            }
            assertRenderedMail(onlyMail());
        }

        @Test
        void untrustedCertificateIsRejectedWhileVerificationIsOn() throws Exception {
            try (StartTlsRelay relay = new StartTlsRelay(greenMail.getSmtp().getPort())) {
                assertThatThrownBy(() -> channel.send(ChannelFixtures.errorMessage(),
                        settings(relay.port(), Security.STARTTLS, true, "bot", "s3cret")))
                        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue())
                        .hasMessageContaining("TLS");
            }
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        }

        @Test
        void serverWithoutStartTlsIsRefusedRatherThanUsedInClear() {
            assertThatThrownBy(() -> channel.send(ChannelFixtures.errorMessage(),
                    settings(greenMail.getSmtp().getPort(), Security.STARTTLS, false, null, null)))
                    .isInstanceOf(DeliveryException.class)
                    .hasMessageContaining("STARTTLS");
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        }
    }

    @Nested
    class ImplicitTls {

        @Test
        void deliversOverSmtpsWhenVerificationIsTurnedOff() throws Exception {
            channel.send(ChannelFixtures.errorMessage(),
                    settings(greenMail.getSmtps().getPort(), Security.TLS, false, "bot", "s3cret"));

            assertRenderedMail(onlyMail());
        }

        @Test
        void rejectsGreenMailsSelfSignedCertificateByDefault() {
            EmailSettings defaults = new EmailSettings("localhost", greenMail.getSmtps().getPort(), Security.TLS, null,
                    null, null, "dupliwatch@example.com", null, List.of("admin@example.com"));

            assertThatThrownBy(() -> channel.send(ChannelFixtures.errorMessage(), defaults))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue())
                    .hasMessageContaining("TLS");
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        }
    }
}
