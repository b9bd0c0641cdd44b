package com.osb.salesops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README stays short enough to read first, and every relative link in it, in
 * {@code docs/} and in {@code SECURITY.md} leads to a file that exists and, where it
 * names one, to a heading of that file.
 */
class DocumentationTest {

	private static final int README_LINE_LIMIT = 250;

	private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

	private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");

	private final Path project = Path.of("").toAbsolutePath();

	@Test
	void theReadmeIsShorterThan250Lines() throws IOException {
		List<String> lines = Files.readAllLines(this.project.resolve("README.md"), StandardCharsets.UTF_8);

		assertThat(lines).as("lines of README.md; move details to docs/").hasSizeLessThan(README_LINE_LIMIT);
	}

	@Test
	void theReadmeNamesTheTestCommandTheBuildRuns() throws IOException {
		String command = "./mvnw -B verify";

		assertThat(read(this.project.resolve("README.md"))).contains(command);
		assertThat(read(this.project.resolve(".ci/run"))).contains(command);
	}

	@Test
	void everyRelativeLinkResolves() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Path file : documents()) {
			broken.addAll(brokenLinks(file));
		}

		assertThat(broken).as("links that lead nowhere").isEmpty();
	}

	@Test
	void theReadmeLinksEveryPageOfTheDocs() throws IOException {
		Set<String> linked = new LinkedHashSet<>();
		for (String target : links(read(this.project.resolve("README.md")))) {
			linked.add(target.replaceFirst("#.*$", ""));
		}
		List<String> pages;
		try (Stream<Path> files = Files.list(this.project.resolve("docs"))) {
			pages = files.map((file) -> "docs/" + file.getFileName())
				.filter((page) -> page.endsWith(".md"))
				.sorted()
				.toList();
		}

		assertThat(linked).as("docs pages linked from README.md").containsAll(pages);
	}

	@Test
	void aMissingFileOrHeadingIsReported(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("target.md"), "# Title\n\n## Some section: details\n");
		Path source = folder.resolve("source.md");
		Files.writeString(source, """
				[fine](target.md) [fine too](target.md#some-section-details) [web](https://example.com)
				[no file](missing.md) [no heading](target.md#nowhere) [own heading](#title-here)
				`[in code](missing-too.md)`

				```
				[in a block](missing-as-well.md)
				```

				# Title here
				""");

		assertThat(brokenLinks(source)).hasSize(2)
			.anySatisfy((problem) -> assertThat(problem).contains("missing.md"))
			.anySatisfy((problem) -> assertThat(problem).contains("target.md#nowhere"));
	}

	private List<Path> documents() throws IOException {
		List<Path> files = new ArrayList<>(List.of(this.project.resolve("README.md"),
				this.project.resolve("README.zh-CN.md"), this.project.resolve("SECURITY.md")));
		try (Stream<Path> docs = Files.list(this.project.resolve("docs"))) {
			docs.filter((file) -> file.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		return files;
	}

	private static List<String> brokenLinks(Path file) {
		List<String> broken = new ArrayList<>();
		for (String target : links(read(file))) {
			if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
				continue;
			}
			int hash = target.indexOf('#');
			String path = (hash < 0) ? target : target.substring(0, hash);
			String anchor = (hash < 0) ? null : target.substring(hash + 1);
			Path linked = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
			if (!Files.exists(linked)) {
				broken.add(file.getFileName() + ": " + target + " (no such file)");
			}
			else if (anchor != null && linked.toString().endsWith(".md") && !anchors(read(linked)).contains(anchor)) {
				broken.add(file.getFileName() + ": " + target + " (no such heading)");
			}
		}
		return broken;
	}

	private static List<String> links(String markdown) {
		List<String> targets = new ArrayList<>();
		for (String line : proseLines(markdown)) {
			Matcher link = LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
			while (link.find()) {
				targets.add(link.group(1));
			}
		}
		return targets;
	}

	private static Set<String> anchors(String markdown) {
		Set<String> anchors = new LinkedHashSet<>();
		for (String line : proseLines(markdown)) {
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				anchors.add(slug(heading.group(1)));
			}
		}
		return anchors;
	}

	/** The anchor GitHub gives a heading. */
	static String slug(String heading) {
		return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
	}

	private static List<String> proseLines(String markdown) {
		List<String> prose = new ArrayList<>();
		boolean inFence = false;
		for (String line : markdown.split("\n", -1)) {
			if (line.strip().startsWith("```")) {
				inFence = !inFence;
			}
			else if (!inFence) {
				prose.add(line);
			}
		}
		return prose;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
