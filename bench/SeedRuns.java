import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fills a Dupliwatch database with runs fast, for read and ingest benchmarks at 100k-1M runs: every job that has a
 * run gets copies of its newest run (and of that run's log) one day apart, before its oldest run, until the
 * database holds about {@code TARGET} runs. The jobs' counters ({@code run_count}, {@code uploaded_total}) are kept
 * in step; their newest-run state does not change because every copy is older. Runs SQL only (portable to SQLite
 * and PostgreSQL): create the jobs first with real uploads, e.g. {@code IngestBench --rounds=0}.
 *
 * <pre>
 * java -cp sqlite-jdbc.jar:postgresql.jar bench/SeedRuns.java JDBC_URL TARGET [USER [PASSWORD]]
 * </pre>
 * The server may keep running (SQLite WAL / PostgreSQL MVCC), but must not receive uploads meanwhile.
 */
public class SeedRuns {

    static final int ROWS_PER_TRANSACTION = 50_000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long target = Long.parseLong(args[1]);
        try (Connection db = DriverManager.getConnection(url, args.length > 2 ? args[2] : null,
                args.length > 3 ? args[3] : null)) {
            if (url.startsWith("jdbc:sqlite:")) {
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA busy_timeout = 30000");
                    s.execute("PRAGMA journal_mode = WAL");
                    s.execute("PRAGMA synchronous = NORMAL");
                }
            }
            db.setAutoCommit(false);
            long jobs = single(db, "SELECT COUNT(*) FROM jobs WHERE latest_run_id IS NOT NULL");
            long runs = single(db, "SELECT COUNT(*) FROM runs");
            db.commit();
            if (jobs == 0) {
                throw new IllegalStateException("no job with a run: upload some reports first");
            }
            long copiesPerJob = Math.max(0, (target - runs + jobs - 1) / jobs);
            int chunk = (int) Math.max(1, ROWS_PER_TRANSACTION / jobs);
            String insertRuns = insertRuns(db);
            String insertLogs = insertLogs(db);
            long t0 = System.nanoTime();
            for (long done = 0; done < copiesPerJob; ) {
                int copies = (int) Math.min(chunk, copiesPerJob - done);
                long maxId = single(db, "SELECT COALESCE(MAX(id), 0) FROM runs");
                update(db, insertRuns, copies);
                update(db, insertLogs, maxId);
                update(db, """
                        UPDATE jobs SET run_count = run_count + ?,
                               uploaded_total = uploaded_total + ? * (SELECT r.uploaded_size FROM runs r WHERE r.id = jobs.latest_run_id)
                         WHERE latest_run_id IS NOT NULL
                        """, copies, copies);
                db.commit();
                done += copies;
                runs += copies * jobs;
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("seeded: %d runs stored (%d jobs), %.0f runs/s%n", runs, jobs, done * jobs / seconds);
            }
        }
    }

    /** Copies of each job's newest run, {@code n} days before its oldest run, for n = 1..?. */
    static String insertRuns(Connection db) throws SQLException {
        List<String> columns = columns(db, "runs");
        columns.remove("id");
        String shifted = "o.oldest - CAST(k.n AS BIGINT) * 86400000";
        String values = columns.stream().map(c -> switch (c) {
            case "begin_time" -> shifted;
            case "received_at" -> shifted + " + 3600000";
            case "end_time" -> "r.end_time - r.begin_time + " + shifted;
            default -> "r." + c;
        }).collect(Collectors.joining(", "));
        return "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < ?) "
                + "INSERT INTO runs (" + String.join(", ", columns) + ") SELECT " + values
                + " FROM jobs j JOIN runs r ON r.id = j.latest_run_id"
                + " JOIN (SELECT job_id, MIN(begin_time) AS oldest FROM runs GROUP BY job_id) o ON o.job_id = j.id"
                + " CROSS JOIN k";
    }

    /** The log of each job's newest run, for every run inserted after id {@code ?}. */
    static String insertLogs(Connection db) throws SQLException {
        List<String> columns = columns(db, "run_logs");
        columns.remove("run_id");
        return "INSERT INTO run_logs (run_id, " + String.join(", ", columns) + ") SELECT r.id, "
                + columns.stream().map(c -> "l." + c).collect(Collectors.joining(", "))
                + " FROM runs r JOIN jobs j ON j.id = r.job_id JOIN run_logs l ON l.run_id = j.latest_run_id"
                + " WHERE r.id > ?";
    }

    static List<String> columns(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase());
            }
            return columns;
        }
    }

    static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void update(Connection db, String sql, long... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setLong(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
