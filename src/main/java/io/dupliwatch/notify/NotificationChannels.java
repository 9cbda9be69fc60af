package io.dupliwatch.notify;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.dupliwatch.config.Language;
import io.dupliwatch.config.LogEscape;
import io.dupliwatch.errors.NotFoundException;
import io.dupliwatch.notify.ChannelRepository.ChannelRow;
import io.dupliwatch.storage.SecretCipher;
import io.dupliwatch.storage.SecretCipher.UndecryptableSecretException;

import org.springframework.stereotype.Service;

/**
 * The configured channels. Settings are bound to the kind's record and validated; {@link Secret} fields are
 * split off and stored encrypted with {@link SecretCipher}, and only ever leave this class inside settings
 * handed to a channel.
 */
@Service
class NotificationChannels {

    private static final Logger log = LoggerFactory.getLogger(NotificationChannels.class);

    static final int MAX_NAME_CHARS = 100;

    /**
     * A channel with its settings, secrets decrypted. Never serialize it: use {@link #publicSettings}.
     *
     * @param secretsReadable {@code false} when the stored secrets cannot be decrypted (the key file was replaced):
     *                        they are left out of {@code settings} and must be entered again
     * @param language        the language tag of its messages, {@code null} for {@code dupliwatch.notify.language}
     */
    record StoredChannel(long id, String name, ChannelKind kind, boolean enabled, ChannelSettings settings,
                         boolean secretsReadable, String language, Instant createdAt, Instant updatedAt) {
    }

    /**
     * What a client sends to create or change a channel; {@code settings} is checked against the kind.
     *
     * @param language a language tag ({@code de}, {@code pt-BR}…), JSON {@code null} for the server's language
     */
    record ChannelRequest(String name, String kind, Boolean enabled, JsonNode settings, JsonNode language) {
    }

    private final ChannelRepository repository;
    private final ChannelRegistry registry;
    private final SecretCipher cipher;
    private final JsonMapper json;
    private final Validator validator;
    private final Clock clock;

    NotificationChannels(ChannelRepository repository, ChannelRegistry registry, SecretCipher cipher, JsonMapper json,
                         Validator validator, Clock clock) {
        this.repository = repository;
        this.registry = registry;
        this.cipher = cipher;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    List<StoredChannel> all() {
        return repository.findAll().stream().map(this::load).toList();
    }

    Optional<StoredChannel> find(long id) {
        return repository.find(id).map(this::load);
    }

    StoredChannel get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    StoredChannel create(ChannelRequest request) {
        ChannelKind kind = parseKind(request.kind());
        String name = checkName(request.name());
        ChannelSettings settings = bind(kind, settingsObject(request), Map.of());
        Stored stored = split(kind, settings);
        long id = repository.insert(name, kind, request.enabled() == null || request.enabled(), stored.settings(),
                stored.secrets(), language(request.language()), clock.instant());
        return get(id);
    }

    /**
     * Changes a channel. Left out (or null): {@code name}, {@code enabled} and {@code settings} keep their value
     * ({@code language} left out keeps it, null sets the server's),
     * and so does each field left out of new settings; a field sent as null is cleared, except a secret, which is
     * cleared by "" (null keeps it, so that settings read from the API can be sent back).
     */
    StoredChannel update(long id, ChannelRequest request) {
        ChannelRow existing = repository.find(id).orElseThrow(() -> notFound(id));
        if (request.kind() != null && !request.kind().equals(existing.kind().id())) {
            throw new InvalidFieldException("kind", "cannot be changed (create a new channel instead)");
        }
        String name = request.name() == null ? existing.name() : checkName(request.name());
        Stored stored = request.settings() == null || request.settings().isNull()
                ? new Stored(existing.settings(), existing.secrets())
                : split(existing.kind(), bind(existing.kind(), storedWith(existing, settingsObject(request)),
                        readSecrets(existing).orElse(Map.of())));
        boolean enabled = request.enabled() == null ? existing.enabled() : request.enabled();
        String language = request.language() == null ? existing.language() : language(request.language());
        if (!repository.update(id, name, enabled, stored.settings(), stored.secrets(), language, clock.instant())) {
            throw notFound(id);
        }
        return get(id);
    }

    void delete(long id) {
        if (!repository.delete(id)) {
            throw notFound(id);
        }
    }

    /** Settings as the API shows them: every secret replaced by {@code <name>Set}. */
    ObjectNode publicSettings(StoredChannel channel) {
        ObjectNode node = json.valueToTree(channel.settings());
        for (String field : secretFields(channel.kind())) {
            node.put(field + "Set", isSet(node.remove(field)));
        }
        return node;
    }

    private StoredChannel load(ChannelRow row) {
        ObjectNode node = (ObjectNode) json.readTree(row.settings());
        Optional<Map<String, JsonNode>> secrets = readSecrets(row);
        node.setAll(secrets.orElse(Map.of()));
        ChannelSettings settings = json.treeToValue(node, registry.settingsType(row.kind()));
        return new StoredChannel(row.id(), row.name(), row.kind(), row.enabled(), settings, secrets.isPresent(),
                row.language(), row.createdAt(), row.updatedAt());
    }

    /** The tag as the languages list writes it ({@code pt-br} → {@code pt-BR}); {@code null} for JSON null. */
    private static String language(JsonNode requested) {
        if (requested == null || requested.isNull()) {
            return null;
        }
        return Language.ofTag(requested.isString() ? requested.stringValue() : "").map(Language::tag)
                .orElseThrow(() -> new InvalidFieldException("language",
                        "must be one of " + String.join(", ", Language.tags()) + ", or null for the server's language"));
    }

    /** Empty when the secrets cannot be decrypted: the channel stays readable and fixable through the API. */
    private Optional<Map<String, JsonNode>> readSecrets(ChannelRow row) {
        if (row.secrets() == null) {
            return Optional.of(Map.of());
        }
        try {
            ObjectNode secrets = (ObjectNode) json.readTree(cipher.decrypt(row.secrets()));
            return Optional.of(secrets.properties().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
        catch (UndecryptableSecretException e) {
            log.warn("The secrets of notification channel '{}' cannot be decrypted (was secret.key replaced?);"
                    + " enter them again", LogEscape.of(row.name()));
            return Optional.empty();
        }
    }

    private record Stored(String settings, String secrets) {
    }

    private Stored split(ChannelKind kind, ChannelSettings settings) {
        ObjectNode node = json.valueToTree(settings);
        ObjectNode secrets = json.createObjectNode();
        for (String field : secretFields(kind)) {
            JsonNode value = node.remove(field);
            if (isSet(value)) {
                secrets.set(field, value);
            }
        }
        return new Stored(node.toString(), secrets.isEmpty() ? null : cipher.encrypt(secrets.toString()));
    }

    private ChannelSettings bind(ChannelKind kind, ObjectNode requested, Map<String, JsonNode> storedSecrets) {
        ObjectNode node = requested.deepCopy();
        for (String field : secretFields(kind)) {
            node.remove(field + "Set");
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                node.remove(field);
                if (storedSecrets.containsKey(field)) {
                    node.set(field, storedSecrets.get(field));
                }
            }
            else if (!isSet(value)) {
                node.remove(field);
            }
        }
        Class<? extends ChannelSettings> type = registry.settingsType(kind);
        ChannelSettings settings;
        try {
            settings = json.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(node);
        }
        catch (JacksonException e) {
            throw new InvalidFieldException("settings" + path(e), describe(e));
        }
        Set<ConstraintViolation<ChannelSettings>> violations = validator.validate(settings);
        if (!violations.isEmpty()) {
            Map<String, String> problems = new TreeMap<>();
            violations.forEach(v -> problems.putIfAbsent("settings." + path(v.getPropertyPath()), v.getMessage()));
            throw new InvalidFieldException(problems);
        }
        return settings;
    }

    /** The stored settings (secrets aside) with the requested fields laid over them. */
    private ObjectNode storedWith(ChannelRow existing, ObjectNode requested) {
        ObjectNode merged = (ObjectNode) json.readTree(existing.settings());
        merged.setAll(requested);
        return merged;
    }

    private ObjectNode settingsObject(ChannelRequest request) {
        if (request.settings() == null || request.settings().isNull()) {
            return json.createObjectNode();
        }
        if (!(request.settings() instanceof ObjectNode object)) {
            throw new InvalidFieldException("settings", "must be a JSON object");
        }
        return object;
    }

    private static ChannelKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new InvalidFieldException("kind", "must not be blank", "problem.field.blank");
        }
        return ChannelKind.fromId(kind).orElseThrow(() -> new InvalidFieldException("kind",
                "unknown channel kind '" + kind + "', expected one of "
                        + Arrays.stream(ChannelKind.values()).map(ChannelKind::id).collect(Collectors.joining(", "))));
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "must not be blank", "problem.field.blank");
        }
        if (name.strip().length() > MAX_NAME_CHARS) {
            throw new InvalidFieldException("name", "must be at most " + MAX_NAME_CHARS + " characters",
                    "problem.field.tooLong", String.valueOf(MAX_NAME_CHARS));
        }
        return name.strip();
    }

    private Set<String> secretFields(ChannelKind kind) {
        return Arrays.stream(registry.settingsType(kind).getRecordComponents())
                .filter(component -> component.isAnnotationPresent(Secret.class))
                .map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A secret counts as set unless missing, null, "" or {}. */
    private static boolean isSet(JsonNode value) {
        return value != null && !value.isNull() && !(value.isString() && value.stringValue().isEmpty())
                && !(value.isContainer() && value.isEmpty());
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            return "must be one of " + Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(constant -> json.writeValueAsString(constant).replace("\"", ""))
                    .collect(Collectors.joining(", "));
        }
        return "has the wrong type";
    }

    private static String path(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                text.append('[').append(node.getIndex()).append(']');
            }
            else if (node.getKey() != null) {
                text.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                text.append(text.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return text.toString();
    }

    private static NotFoundException notFound(long id) {
        String detail = "No notification channel with id " + id;
        return new NotFoundException(detail, detail, "problem.notify.noChannel", String.valueOf(id));
    }
}
