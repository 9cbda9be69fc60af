package io.dupliwatch.importer;

import java.nio.file.Path;
import java.util.List;

import io.dupliwatch.cli.Subcommand;

import org.springframework.stereotype.Component;

/** {@code java -jar dupliwatch.jar import-duplistatus PATH/backups.db}. */
@Component
class ImportDuplistatusCommand implements Subcommand {

    private final DuplistatusImporter importer;

    ImportDuplistatusCommand(DuplistatusImporter importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import-duplistatus";
    }

    @Override
    public String usage() {
        return "PATH/backups.db   import servers, runs, aliases, notes and monitoring settings from duplistatus (safe to repeat)";
    }

    @Override
    public int run(List<String> args) throws Exception {
        List<String> files = args.stream().filter(arg -> !arg.startsWith("--")).toList();
        if (files.size() != 1) {
            System.err.println("Usage: import-duplistatus PATH/backups.db");
            return 2;
        }
        try {
            System.out.println(importer.importFrom(Path.of(files.get(0))));
            return 0;
        }
        catch (InvalidSourceException e) {
            System.err.println("Not imported: " + e.getMessage());
            return 1;
        }
    }
}
