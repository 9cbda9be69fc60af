package io.dupliwatch.web.server;

import java.util.Arrays;
import java.util.List;

import io.dupliwatch.config.UrlPath;
import io.dupliwatch.report.Operation;

/**
 * What the operations list of the server page shows: one job or all, one operation or all, and a page. Read from
 * the query string ({@code operation}, {@code opsPage}, beside the history's own); every link of the list is built
 * here. Links are paths of the application, without the context path ({@code Ui.href} adds it).
 *
 * @param jobId     {@code null} for every job of the server
 * @param operation {@code null} for every operation
 * @param page      zero-based
 */
public record OperationOptions(String serverId, Long jobId, Operation operation, int page) {

    /** What the filter offers: every stored operation but backups, which have the run history. */
    public static final List<Operation> OPERATIONS = Arrays.stream(Operation.values())
            .filter(operation -> operation != Operation.BACKUP).toList();

    /** An unknown operation or a backup shows every operation rather than an error: the filter is a convenience. */
    static OperationOptions of(String serverId, Long jobId, String operation, Integer page) {
        Operation known = Operation.of(operation).filter(OPERATIONS::contains).orElse(null);
        return new OperationOptions(serverId, jobId, known, page == null ? 0 : Math.max(0, page));
    }

    public String pageUrl(int target) {
        StringBuilder url = new StringBuilder(UrlPath.of("servers", serverId)).append("?opsPage=").append(target);
        if (jobId != null) {
            url.append("&job=").append(jobId);
        }
        if (operation != null) {
            url.append("&operation=").append(operation.label());
        }
        return url.toString();
    }
}
