package org.alcove;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** One list of Java options for every launch path, and when {@code java -jar} starts Alcove again with it. */
class JvmOptionsTest {
    private static final Path PROJECT = Path.of(System.getProperty("alcove.basedir", ".")).toAbsolutePath();
    private static final Path JAR = Path.of("/opt/alcove/alcove.jar");

    @Test
    void theListHoldsTheSerialCollector() {
        assertThat(JvmOptions.options()).contains("-XX:+UseSerialGC").allSatisfy(o -> assertThat(o).startsWith("-").doesNotContain(" "));
    }

    @Test
    void theInstallerAndJavafxRunPassTheSameOptionsAndSayTheyDid() throws IOException {
        List<String> installer = matches(Files.readString(PROJECT.resolve("installer/app-image.args")), "--java-options (\\S+)");
        String pom = Files.readString(PROJECT.resolve("pom.xml"));
        String javafx = pom.substring(pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>"));
        List<String> run = matches(javafx.substring(0, javafx.indexOf("</options>")), "<option>(-[XD][^<]*)</option>");
        assertThat(installer).containsAll(JvmOptions.options()).contains("-D" + JvmOptions.MARK + "=installer");
        assertThat(run).containsAll(JvmOptions.options()).contains("-D" + JvmOptions.MARK + "=javafx-run");
    }

    @Test
    void aPlainJarLaunchStartsAgainWithTheOptionsAndTheSameArguments() {
        Optional<List<String>> command = JvmOptions.relaunch("/usr/bin/java", Optional.of(JAR),
                List.of("-jar", JAR.toString(), "--db", "my.alcove", "stats"), null, "--db", "my.alcove", "stats");
        assertThat(command).hasValueSatisfying(c -> {
            assertThat(c.get(0)).isEqualTo("/usr/bin/java");
            assertThat(c.subList(1, 1 + JvmOptions.options().size())).isEqualTo(JvmOptions.options());
            assertThat(c.subList(1 + JvmOptions.options().size(), c.size()))
                    .containsExactly("-Dalcove.jvm=jar", "-jar", JAR.toString(), "--db", "my.alcove", "stats");
        });
    }

    @Test
    void theUsersOwnPropertiesAndAssertionsGoToTheChild() {
        Optional<List<String>> command = JvmOptions.relaunch("java", Optional.of(JAR),
                List.of("-Duser.home=/tmp/h", "-ea", "-jar", JAR.toString(), "-Dnot.mine=1"), null, "-Dnot.mine=1");
        assertThat(command).hasValueSatisfying(c -> assertThat(c.subList(1 + JvmOptions.options().size(), c.size()))
                .containsExactly("-Duser.home=/tmp/h", "-ea", "-Dalcove.jvm=jar", "-jar", JAR.toString(), "-Dnot.mine=1"));
    }

    @Test
    void theUsersOwnOptionsAMarkedLaunchOrAClasspathRunAreLeftAlone() {
        assertThat(JvmOptions.relaunch("java", Optional.of(JAR), List.of("-Xmx2g", "-jar", JAR.toString()), null))
                .as("java -Xmx2g -jar: the user's heap").isEmpty();
        assertThat(JvmOptions.relaunch("java", Optional.of(JAR), List.of("-XX:+UseZGC", "-jar", JAR.toString()), null))
                .as("the user's collector").isEmpty();
        assertThat(JvmOptions.relaunch("java", Optional.of(JAR), List.of("-jar", JAR.toString()), "jar"))
                .as("the child itself").isEmpty();
        assertThat(JvmOptions.relaunch("java", Optional.empty(), List.of("-cp", "target/classes", "org.alcove.Launcher"), null))
                .as("a development classpath (tests, the IDE)").isEmpty();
        assertThat(JvmOptions.relaunch("java", Optional.of(JAR), List.of("-jar", JAR.toString(), "search", "-Xmas"), null, "search", "-Xmas"))
                .as("Alcove's own arguments after -jar are not Java options").isPresent();
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
