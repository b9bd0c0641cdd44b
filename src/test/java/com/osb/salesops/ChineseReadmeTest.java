package com.osb.salesops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Chinese README keeps in step with the English one: both name the same commands
 * (every line of their code blocks, and every command written inline) and the same URLs,
 * so that a newcomer or an analyst reading either runs the same things.
 */
class ChineseReadmeTest {

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>`'\")]+");

	private static final Pattern INLINE_COMMAND = Pattern.compile("`((?:\\./mvnw|curl|sudo) [^`]+)`");

	@Test
	void bothReadmesNameTheSameCommands() throws IOException {
		assertThat(commands(read("README.zh-CN.md"))).as("commands of README.zh-CN.md")
			.isEqualTo(commands(read("README.md")));
	}

	@Test
	void bothReadmesNameTheSameUrls() throws IOException {
		assertThat(urls(read("README.zh-CN.md"))).as("URLs of README.zh-CN.md").isEqualTo(urls(read("README.md")));
	}

	@Test
	void eachReadmeLinksTheOther() throws IOException {
		assertThat(read("README.md")).contains("(README.zh-CN.md)");
		assertThat(read("README.zh-CN.md")).contains("(README.md)");
	}

	private static Set<String> commands(String markdown) {
		Set<String> commands = new TreeSet<>();
		boolean block = false;
		for (String line : markdown.split("\\R")) {
			if (line.strip().startsWith("```")) {
				block = !block;
				continue;
			}
			if (block) {
				commands.add(line.strip());
			}
			else {
				Matcher inline = INLINE_COMMAND.matcher(line);
				while (inline.find()) {
					commands.add(inline.group(1).strip());
				}
			}
		}
		return commands;
	}

	private static Set<String> urls(String markdown) {
		Set<String> urls = new TreeSet<>();
		Matcher url = URL.matcher(markdown);
		while (url.find()) {
			urls.add(url.group().replaceAll("[.,;:]+$", ""));
		}
		return urls;
	}

	private static String read(String file) throws IOException {
		return Files.readString(Path.of(file), StandardCharsets.UTF_8);
	}

}
