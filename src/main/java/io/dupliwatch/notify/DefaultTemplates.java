package io.dupliwatch.notify;

import java.util.Map;

/** The built-in templates, in English and French. */
final class DefaultTemplates {

    private static final Map<EventKind, NotificationTemplate> ENGLISH = Map.of(
            EventKind.SUCCESS, new NotificationTemplate("✅ {status} - {backup_name} @ {server_alias}", """
                    Backup {backup_name} on {server_alias} completed with status {status}.

                    Date: {backup_date}
                    Duration: {duration}
                    Files: {file_count} ({file_size})
                    Uploaded: {uploaded_size}
                    Storage used: {storage_size}
                    Versions available: {available_versions}"""),
            EventKind.WARNING, new NotificationTemplate("⚠️ {status} - {backup_name} @ {server_alias}", """
                    Backup {backup_name} on {server_alias} completed with status {status}.

                    Date: {backup_date}
                    Duration: {duration}
                    Files: {file_count} ({file_size})
                    Uploaded: {uploaded_size}
                    Warnings: {warnings_count}, errors: {errors_count}

                    {log_text}"""),
            EventKind.ERROR, new NotificationTemplate("❌ {status} - {backup_name} @ {server_alias}", """
                    Backup {backup_name} on {server_alias} failed with status {status}.

                    Date: {backup_date}
                    Duration: {duration}
                    Errors: {errors_count}, warnings: {warnings_count}

                    {log_text}"""),
            EventKind.OVERDUE, new NotificationTemplate("🕑 Overdue - {backup_name} @ {server_alias}", """
                    No backup of {backup_name} on {server_alias} has arrived in time.

                    Last backup: {last_backup_date} ({last_elapsed})
                    Expected: {expected_date} ({expected_elapsed})
                    Interval: {backup_interval}, tolerance: {overdue_tolerance}"""),
            EventKind.RECOVERED, new NotificationTemplate("🔁 Recovered - {backup_name} @ {server_alias}", """
                    Backup {backup_name} on {server_alias} works again {recovery_reason}.

                    Status: {status}
                    Date: {backup_date}
                    Duration: {duration}"""),
            EventKind.UNTESTED, new NotificationTemplate("🧪 Untested - {backup_name} @ {server_alias}", """
                    No successful {operation} of backup {backup_name} on {server_alias} within the expected interval.

                    Run a restore test or a verification in Duplicati and report it with
                    --send-http-operations=Backup,RestoreTest,Test."""),
            EventKind.OPERATION_FAILED, new NotificationTemplate("❌ {operation} {status} - {backup_name} @ {server_alias}", """
                    {operation} of backup {backup_name} on {server_alias} failed with status {status}.

                    Date: {backup_date}
                    Duration: {duration}
                    Errors: {errors_count}, warnings: {warnings_count}

                    {log_text}"""));

    private static final Map<EventKind, NotificationTemplate> FRENCH = Map.of(
            EventKind.SUCCESS, new NotificationTemplate("✅ {status} - {backup_name} @ {server_alias}", """
                    La sauvegarde {backup_name} de {server_alias} s'est terminée avec le statut {status}.

                    Date : {backup_date}
                    Durée : {duration}
                    Fichiers : {file_count} ({file_size})
                    Envoyé : {uploaded_size}
                    Stockage utilisé : {storage_size}
                    Versions disponibles : {available_versions}"""),
            EventKind.WARNING, new NotificationTemplate("⚠️ {status} - {backup_name} @ {server_alias}", """
                    La sauvegarde {backup_name} de {server_alias} s'est terminée avec le statut {status}.

                    Date : {backup_date}
                    Durée : {duration}
                    Fichiers : {file_count} ({file_size})
                    Envoyé : {uploaded_size}
                    Avertissements : {warnings_count}, erreurs : {errors_count}

                    {log_text}"""),
            EventKind.ERROR, new NotificationTemplate("❌ {status} - {backup_name} @ {server_alias}", """
                    La sauvegarde {backup_name} de {server_alias} a échoué avec le statut {status}.

                    Date : {backup_date}
                    Durée : {duration}
                    Erreurs : {errors_count}, avertissements : {warnings_count}

                    {log_text}"""),
            EventKind.OVERDUE, new NotificationTemplate("🕑 En retard - {backup_name} @ {server_alias}", """
                    Aucune sauvegarde {backup_name} de {server_alias} n'est arrivée à temps.

                    Dernière sauvegarde : {last_backup_date} ({last_elapsed})
                    Attendue : {expected_date} ({expected_elapsed})
                    Intervalle : {backup_interval}, tolérance : {overdue_tolerance}"""),
            EventKind.RECOVERED, new NotificationTemplate("🔁 Rétablie - {backup_name} @ {server_alias}", """
                    La sauvegarde {backup_name} de {server_alias} fonctionne de nouveau {recovery_reason}.

                    Statut : {status}
                    Date : {backup_date}
                    Durée : {duration}"""),
            EventKind.UNTESTED, new NotificationTemplate("🧪 Non vérifiée - {backup_name} @ {server_alias}", """
                    Aucune opération {operation} réussie pour la sauvegarde {backup_name} de {server_alias} dans l’intervalle attendu.

                    Lancez une restauration de test ou une vérification dans Duplicati et faites-la signaler avec
                    --send-http-operations=Backup,RestoreTest,Test."""),
            EventKind.OPERATION_FAILED, new NotificationTemplate("❌ {operation} {status} - {backup_name} @ {server_alias}", """
                    L’opération {operation} de la sauvegarde {backup_name} de {server_alias} a échoué avec le statut {status}.

                    Date : {backup_date}
                    Durée : {duration}
                    Erreurs : {errors_count}, avertissements : {warnings_count}

                    {log_text}"""));

    private DefaultTemplates() {
    }

    static NotificationTemplate of(EventKind event, String language) {
        NotificationTemplate template = (language.equals("fr") ? FRENCH : ENGLISH).get(event);
        if (template == null) {
            throw new IllegalArgumentException(event + " has no template");
        }
        return template;
    }

    /** The text of a test sent from the channel settings ({@code {channel}} is the channel's name). */
    static NotificationTemplate test(String language) {
        return language.equals("fr")
                ? new NotificationTemplate("🔔 Test Dupliwatch", """
                        Ceci est un test du canal « {channel} » envoyé par Dupliwatch le {date}.
                        Si vous lisez ce message, le canal fonctionne.""")
                : new NotificationTemplate("🔔 Dupliwatch test", """
                        This is a test of channel "{channel}" sent by Dupliwatch on {date}.
                        If you can read this, the channel works.""");
    }
}
