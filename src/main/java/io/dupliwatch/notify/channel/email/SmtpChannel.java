package io.dupliwatch.notify.channel.email;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import javax.net.ssl.SSLException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import io.dupliwatch.notify.ChannelKind;
import io.dupliwatch.notify.DeliveryException;
import io.dupliwatch.notify.NotificationChannel;
import io.dupliwatch.notify.NotifyProperties;
import io.dupliwatch.notify.RenderedMessage;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a plain-text mail over SMTP, building a Jakarta Mail sender from each channel's settings.
 * Bad credentials, rejected addresses and untrusted certificates are permanent failures; the rest is retried.
 */
@Component
class SmtpChannel implements NotificationChannel<EmailSettings> {

    private final NotifyProperties properties;

    SmtpChannel(NotifyProperties properties) {
        this.properties = properties;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public Class<EmailSettings> settingsType() {
        return EmailSettings.class;
    }

    @Override
    public void send(RenderedMessage message, EmailSettings settings) {
        JavaMailSenderImpl sender = sender(settings);
        try {
            MimeMessage mail = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mail, StandardCharsets.UTF_8.name());
            if (settings.fromName() == null || settings.fromName().isBlank()) {
                helper.setFrom(settings.from());
            }
            else {
                helper.setFrom(settings.from(), settings.fromName());
            }
            helper.setTo(settings.to().toArray(String[]::new));
            helper.setSubject(message.title());
            helper.setText(message.body());
            sender.send(mail);
        }
        catch (MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryException("Cannot build the mail: " + e.getMessage(), true);
        }
        catch (MailAuthenticationException e) {
            throw new DeliveryException("SMTP authentication failed: check username and password", true);
        }
        catch (MailException e) {
            throw translate(e);
        }
    }

    JavaMailSenderImpl sender(EmailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        boolean implicitTls = settings.security() == EmailSettings.Security.TLS;
        String protocol = implicitTls ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        if (settings.authenticates()) {
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
        }

        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.put(p + "auth", String.valueOf(settings.authenticates()));
        props.put(p + "connectiontimeout", String.valueOf(properties.connectTimeout().toMillis()));
        props.put(p + "timeout", String.valueOf(properties.readTimeout().toMillis()));
        props.put(p + "writetimeout", String.valueOf(properties.readTimeout().toMillis()));
        props.put(p + "starttls.enable", String.valueOf(settings.security() == EmailSettings.Security.STARTTLS));
        props.put(p + "starttls.required", String.valueOf(settings.security() == EmailSettings.Security.STARTTLS));
        props.put(p + "ssl.enable", String.valueOf(implicitTls));
        props.put(p + "ssl.protocols", "TLSv1.3 TLSv1.2");
        if (settings.verifyCertificate()) {
            props.put(p + "ssl.checkserveridentity", "true");
        }
        else {
            props.put(p + "ssl.trust", "*");
            props.put(p + "ssl.checkserveridentity", "false");
        }
        sender.setJavaMailProperties(props);
        return sender;
    }

    private static DeliveryException translate(MailException e) {
        List<Throwable> problems = problems(e);
        if (problems.stream().anyMatch(SSLException.class::isInstance)) {
            return new DeliveryException("TLS with the SMTP server failed (untrusted certificate or wrong security"
                    + " mode?): " + describe(problems), true);
        }
        if (problems.stream().anyMatch(AuthenticationFailedException.class::isInstance)) {
            return new DeliveryException("SMTP authentication failed: check username and password", true);
        }
        boolean refused = problems.stream().anyMatch(SmtpChannel::refusesAddresses);
        return new DeliveryException((refused ? "The SMTP server refused the mail: "
                : "Cannot send through the SMTP server: ") + describe(problems), refused);
    }

    /** The exception, its causes, Jakarta Mail's chained exceptions and Spring's per-message failures. */
    private static List<Throwable> problems(Throwable top) {
        List<Throwable> found = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>(List.of(top));
        while (!todo.isEmpty() && found.size() < 20) {
            Throwable t = todo.pop();
            if (found.contains(t)) {
                continue;
            }
            found.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                todo.add(m.getNextException());
            }
            if (t instanceof MailSendException send) {
                todo.addAll(send.getFailedMessages().values());
            }
        }
        return found;
    }

    /** Jakarta Mail lists addresses refused with a 5xx reply as invalid; 4xx ones are retried. */
    private static boolean refusesAddresses(Throwable t) {
        return t instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0;
    }

    /** What Jakarta Mail and the network said, outermost first (connection, SMTP reply, socket error). */
    private static String describe(List<Throwable> problems) {
        return problems.stream()
                .filter(t -> !(t instanceof MailException) && t.getMessage() != null)
                .map(t -> t.getMessage().strip().replaceAll("\\s+", " "))
                .distinct()
                .collect(Collectors.joining(": "));
    }
}
