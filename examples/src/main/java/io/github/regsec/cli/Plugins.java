package io.github.regsec.cli;

import io.github.regsec.formats.Formats;
import io.github.regsec.validation.DatasetValidator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.spi.ToolProvider;

/**
 * The jars and directories the user adds to the tool with {@code --plugins} and the
 * {@code REGSEC_PLUGINS} environment variable: their importers, writers and rules (and tools
 * such as the PNG renderer), found with {@link ServiceLoader} on a class loader whose parent is
 * the tool's own, so the built-in ones are found too. {@code java -cp mine.jar -jar regsec.jar}
 * cannot do this: {@code -jar} ignores the class path.
 */
final class Plugins implements AutoCloseable {

    /** The environment variable that names plugins, like {@code --plugins}. */
    static final String ENVIRONMENT_VARIABLE = "REGSEC_PLUGINS";

    /** No plugins: the tool's own class loader. */
    static final Plugins NONE = new Plugins(List.of(), null);

    private final List<Path> paths;
    private final URLClassLoader pluginLoader;

    private Plugins(List<Path> paths, URLClassLoader pluginLoader) {
        this.paths = List.copyOf(paths);
        this.pluginLoader = pluginLoader;
    }

    /**
     * The plugins named by the environment variable's value and then the option's, each a list
     * separated by the platform's path separator ({@code :}, or {@code ;} on Windows); empty
     * entries are skipped.
     *
     * @param fromEnvironment the value of {@value #ENVIRONMENT_VARIABLE}, or null
     * @param fromOption the value of {@code --plugins}, or null
     * @throws CliException (a usage error) for an entry that is not an existing jar or directory
     */
    static Plugins of(String fromEnvironment, String fromOption) {
        Map<Path, String> entries = new LinkedHashMap<>(); // in order, each once; value: where it was named
        add(entries, fromEnvironment, ENVIRONMENT_VARIABLE);
        add(entries, fromOption, "--plugins");
        if (entries.isEmpty()) {
            return NONE;
        }
        List<URL> urls = new ArrayList<>();
        for (Map.Entry<Path, String> entry : entries.entrySet()) {
            Path path = entry.getKey();
            String where = entry.getValue();
            if (!Files.exists(path)) {
                throw CliException.usage(where + ": " + path + " does not exist: give jars or directories of classes, "
                        + "separated by '" + File.pathSeparator + "'");
            }
            if (!Files.isDirectory(path) && !isZip(path)) {
                throw CliException.usage(where + ": " + path + " is not a jar (nor a directory of classes)");
            }
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw CliException.usage(where + ": " + path + " cannot be read as a plugin: " + e.getMessage());
            }
        }
        URLClassLoader loader = new URLClassLoader("regsec-plugins", urls.toArray(URL[]::new),
                RegsecCommand.class.getClassLoader());
        return new Plugins(new ArrayList<>(entries.keySet()), loader);
    }

    private static void add(Map<Path, String> entries, String list, String where) {
        if (list == null) {
            return;
        }
        for (String entry : list.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                entries.putIfAbsent(Path.of(entry.strip()).toAbsolutePath().normalize(), where);
            } catch (InvalidPathException e) {
                throw CliException.usage(where + ": '" + entry + "' is not a path: " + e.getReason());
            }
        }
    }

    /** True when the file starts like a zip (a jar is one). */
    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return Arrays.equals(head, new byte[] {'P', 'K', 3, 4}) || Arrays.equals(head, new byte[] {'P', 'K', 5, 6});
        } catch (IOException e) {
            return false;
        }
    }

    /** The class loader that sees the tool and the plugins. */
    ClassLoader loader() {
        return pluginLoader != null ? pluginLoader : RegsecCommand.class.getClassLoader();
    }

    /** The plugins, as absolute paths, in the order given. */
    List<Path> paths() {
        return paths;
    }

    /** The importers and writers: the built-in ones and every plugin's. */
    Formats formats() {
        return Formats.discover(loader());
    }

    /** A validator builder that finds the plugins' rules as well as those on the tool's class path. */
    DatasetValidator.Builder validator() {
        return DatasetValidator.builder().ruleClassLoader(loader());
    }

    /** A tool registered as a {@link ToolProvider} by the tool's class path or a plugin. */
    Optional<ToolProvider> tool(String name) {
        return ServiceLoader.load(ToolProvider.class, loader()).stream().map(ServiceLoader.Provider::get)
                .filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * Where an importer, writer or rule comes from: the plugin jar or directory it was loaded
     * from, {@code built-in} for regsec's own, {@code class path} for one found beside the tool.
     */
    String origin(Object provider) {
        Class<?> type = provider.getClass();
        if (pluginLoader != null && type.getClassLoader() == pluginLoader) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                try {
                    Path location = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
                    return paths.stream().filter(location::startsWith).findFirst().orElse(location).toString();
                } catch (Exception e) {
                    return source.getLocation().toString();
                }
            }
            return "plugin";
        }
        return type.getName().startsWith("io.github.regsec.") ? "built-in" : "class path";
    }

    /** Closes the plugins' class loader (the jars it opened). */
    @Override
    public void close() {
        if (pluginLoader != null) {
            try {
                pluginLoader.close();
            } catch (IOException e) {
                // the jars are only read; nothing is lost
            }
        }
    }
}
