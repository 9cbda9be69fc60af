package io.dupliwatch.integrations.mqtt;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional MQTT publisher (job states and Home Assistant discovery).
 *
 * @param enabled           connect and publish ({@code DUPLIWATCH_MQTT_ENABLED})
 * @param url               broker, {@code tcp://host:1883} or {@code ssl://host:8883} ({@code DUPLIWATCH_MQTT_URL})
 * @param username          empty for anonymous ({@code DUPLIWATCH_MQTT_USERNAME})
 * @param password          ({@code DUPLIWATCH_MQTT_PASSWORD}); never logged
 * @param clientId          MQTT client id, unique per broker ({@code DUPLIWATCH_MQTT_CLIENTID})
 * @param topicPrefix       job states go to {@code <prefix>/<server>/<job>/state} ({@code DUPLIWATCH_MQTT_TOPICPREFIX})
 * @param discovery         publish Home Assistant discovery configs ({@code DUPLIWATCH_MQTT_DISCOVERY})
 * @param discoveryPrefix   Home Assistant's discovery prefix ({@code DUPLIWATCH_MQTT_DISCOVERYPREFIX})
 * @param refreshInterval   how often states are recomputed; only changed ones are published (overdue begins with
 *                          time, not with a report) ({@code DUPLIWATCH_MQTT_REFRESHINTERVAL})
 * @param reconnectInterval wait between attempts while the broker cannot be reached ({@code DUPLIWATCH_MQTT_RECONNECTINTERVAL})
 */
@ConfigurationProperties("dupliwatch.mqtt")
public record MqttProperties(@DefaultValue("false") boolean enabled,
                             @DefaultValue("tcp://localhost:1883") String url,
                             @DefaultValue("") String username,
                             @DefaultValue("") String password,
                             @DefaultValue("dupliwatch") String clientId,
                             @DefaultValue("dupliwatch") String topicPrefix,
                             @DefaultValue("true") boolean discovery,
                             @DefaultValue("homeassistant") String discoveryPrefix,
                             @DefaultValue("1m") Duration refreshInterval,
                             @DefaultValue("30s") Duration reconnectInterval) {

    /** Keeps the password out of logs and error messages. */
    @Override
    public String toString() {
        return "MqttProperties[enabled=" + enabled + ", url=" + url + ", username=" + username + ", password="
                + (password.isEmpty() ? "" : "******") + ", clientId=" + clientId + ", topicPrefix=" + topicPrefix
                + ", discovery=" + discovery + ", discoveryPrefix=" + discoveryPrefix + ", refreshInterval="
                + refreshInterval + ", reconnectInterval=" + reconnectInterval + "]";
    }
}
