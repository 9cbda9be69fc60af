package io.dupliwatch.notify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Extra recipients by channel kind (e-mail addresses, ntfy topics, Telegram chats), reached through every
 * channel of that kind that is on for the job. A job's list for a kind replaces its server's; a kind the job
 * does not list is inherited from the server.
 */
record ExtraRecipients(Map<ChannelKind, List<String>> byKind) {

    static final ExtraRecipients NONE = new ExtraRecipients(Map.of());
    static final int MAX_PER_KIND = 20;

    ExtraRecipients {
        EnumMap<ChannelKind, List<String>> copy = new EnumMap<>(ChannelKind.class);
        byKind.forEach((kind, recipients) -> copy.put(kind, List.copyOf(recipients)));
        byKind = Collections.unmodifiableMap(copy);
    }

    List<String> of(ChannelKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** These lists, completed with {@code inherited}'s for the kinds not listed here. */
    ExtraRecipients over(ExtraRecipients inherited) {
        EnumMap<ChannelKind, List<String>> merged = new EnumMap<>(ChannelKind.class);
        merged.putAll(inherited.byKind);
        merged.putAll(byKind);
        return new ExtraRecipients(merged);
    }

    ObjectNode toJson(JsonMapper json) {
        ObjectNode node = json.createObjectNode();
        byKind.forEach((kind, recipients) -> node.set(kind.id(), json.valueToTree(recipients)));
        return node;
    }

    static ExtraRecipients fromStored(JsonMapper json, String stored) {
        return parse(json.readTree(stored), "extraRecipients");
    }

    /**
     * Reads {@code {"email": ["a@example.com"], "ntfy": ["topic"]}}; a null list means "inherit" and is dropped.
     *
     * @throws InvalidFieldException naming the offending kind or entry
     */
    static ExtraRecipients parse(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return NONE;
        }
        if (!node.isObject()) {
            throw new InvalidFieldException(field, "must be an object of channel kind to recipient list");
        }
        Map<ChannelKind, List<String>> byKind = new EnumMap<>(ChannelKind.class);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String kindField = field + "." + entry.getKey();
            ChannelKind kind = ChannelKind.fromId(entry.getKey())
                    .orElseThrow(() -> new InvalidFieldException(kindField, "unknown channel kind"));
            if (!kind.takesRecipients()) {
                throw new InvalidFieldException(kindField, kind.id() + " channels take no extra recipients");
            }
            JsonNode list = entry.getValue();
            if (list.isNull()) {
                continue;
            }
            if (!list.isArray()) {
                throw new InvalidFieldException(kindField, "must be a list");
            }
            if (list.size() > MAX_PER_KIND) {
                throw new InvalidFieldException(kindField, "at most " + MAX_PER_KIND + " recipients");
            }
            LinkedHashSet<String> recipients = new LinkedHashSet<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                String value = item.isString() ? item.stringValue().strip() : null;
                if (value == null || !kind.acceptsRecipient(value)) {
                    throw new InvalidFieldException(kindField + "[" + i + "]",
                            "not a valid " + kind.id() + " recipient");
                }
                recipients.add(value);
            }
            byKind.put(kind, new ArrayList<>(recipients));
        }
        return new ExtraRecipients(byKind);
    }
}
