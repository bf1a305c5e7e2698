package org.alcove.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.alcove.catalog.io.GenreMapping;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code alcove genre-map}: prints the built-in term-to-genre mapping imports use, to read or copy and edit. */
@Command(name = "genre-map", mixinStandardHelpOptions = true,
        description = "Print the built-in mapping from shelves, tags, subjects and Dewey numbers to genres that imports use; "
                + "save it, edit it, and pass it to import with --genres FILE.")
final class GenreMapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        spec.commandLine().getOut().print(GenreMapping.builtInText());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
