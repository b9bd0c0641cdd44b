package com.osb.salesops.shared.process;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Watches {@code processes/}, {@code rules/} and {@code forms/} while the application
 * runs in development, and hands every saved model file to the {@link ModelHotDeployer}.
 * Saves that arrive together (an editor writes a file in several steps) are deployed
 * once.
 */
class ModelFolderWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ModelFolderWatcher.class);

	private static final long QUIET_MILLIS = 300;

	private final Path root;

	private final Consumer<Collection<Path>> onChange;

	private volatile WatchService watchService;

	private volatile Thread thread;

	ModelFolderWatcher(Path root, Consumer<Collection<Path>> onChange) {
		this.root = root.toAbsolutePath().normalize();
		this.onChange = onChange;
	}

	@Override
	public void start() {
		try {
			this.watchService = FileSystems.getDefault().newWatchService();
			for (String folder : ModelFiles.FOLDERS) {
				Path path = this.root.resolve(folder);
				if (Files.isDirectory(path)) {
					registerTree(path);
					log.info("Watching {} for model changes", path);
				}
				else {
					log.warn("Not watching {}: there is no such folder (set salesops.models.root to the folder"
							+ " that holds processes/, rules/ and forms/)", path);
				}
			}
		}
		catch (IOException ex) {
			log.warn("Model hot deployment is off: {}", ex.getMessage());
			return;
		}
		this.thread = new Thread(this::watch, "model-hot-deploy");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		try {
			if (this.watchService != null) {
				this.watchService.close();
			}
		}
		catch (IOException ex) {
			log.debug("Closing the model watcher failed", ex);
		}
		this.thread = null;
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	private void watch() {
		try {
			while (true) {
				WatchKey key = this.watchService.take();
				Set<Path> changed = new LinkedHashSet<>();
				collect(key, changed);
				WatchKey more;
				while ((more = this.watchService.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
					collect(more, changed);
				}
				this.onChange.accept(changed);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ClosedWatchServiceException ex) {
			log.debug("Model watcher stopped");
		}
	}

	private void collect(WatchKey key, Set<Path> changed) {
		Path dir = (Path) key.watchable();
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
				continue;
			}
			Path path = dir.resolve((Path) event.context());
			if (Files.isDirectory(path)) {
				registerTree(path);
				addModelsUnder(path, changed);
			}
			else {
				changed.add(path);
			}
		}
		key.reset();
	}

	private void registerTree(Path folder) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> dirs = Files.walk(folder)) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				dir.register(this.watchService, StandardWatchEventKinds.ENTRY_CREATE,
						StandardWatchEventKinds.ENTRY_MODIFY);
			}
		}
		catch (IOException ex) {
			log.warn("Cannot watch {}: {}", folder, ex.getMessage());
		}
	}

	private static void addModelsUnder(Path folder, Set<Path> changed) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.filter(Files::isRegularFile).forEach(changed::add);
		}
		catch (IOException ex) {
			log.warn("Cannot read {}: {}", folder, ex.getMessage());
		}
	}

}
