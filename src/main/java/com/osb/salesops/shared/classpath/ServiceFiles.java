package com.osb.salesops.shared.classpath;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class loader that answers the service files ({@code META-INF/services/...}) of the
 * class path from memory and leaves everything else to its parent. A look-up through
 * {@link java.util.ServiceLoader} in the thread's context class loader (the engine's REST
 * API finding its engine on every request, the engine's duration arithmetic finding the
 * XML date factory for every timer and job it makes) otherwise searches every jar of the
 * class path and opens the one that has the file; the class path does not change while
 * the application runs, so its service files are read once. Classes are still loaded by
 * the parent, so every provider is the same class as anywhere else.
 * <p>
 * Code runs with it as its thread's context class loader between {@link #enter()} and
 * {@link #leave(ClassLoader)}; there is one for each class loader it stands in for.
 */
public final class ServiceFiles extends ClassLoader {

	private static final String SERVICES = "META-INF/services/";

	private static final Map<ClassLoader, ServiceFiles> LOADERS = new ConcurrentHashMap<>();

	private final Map<String, List<URL>> files = new ConcurrentHashMap<>();

	ServiceFiles(ClassLoader parent) {
		super(parent);
	}

	/**
	 * Makes the thread's context class loader answer service files from memory.
	 * @return the class loader to put back with {@link #leave(ClassLoader)}, or null when
	 * there is nothing to put back (it already answers from memory, or the thread has
	 * none)
	 */
	public static ClassLoader enter() {
		Thread thread = Thread.currentThread();
		ClassLoader own = thread.getContextClassLoader();
		if (own == null || own instanceof ServiceFiles) {
			return null;
		}
		thread.setContextClassLoader(LOADERS.computeIfAbsent(own, ServiceFiles::new));
		return own;
	}

	/**
	 * Puts back the thread's own context class loader, as {@link #enter()} returned it.
	 */
	public static void leave(ClassLoader own) {
		if (own != null) {
			Thread.currentThread().setContextClassLoader(own);
		}
	}

	@Override
	public Enumeration<URL> getResources(String name) throws IOException {
		if (!name.startsWith(SERVICES)) {
			return super.getResources(name);
		}
		return Collections.enumeration(this.files.computeIfAbsent(name, this::read));
	}

	/** Each file of that name on the class path, read into memory. */
	private List<URL> read(String name) {
		try {
			List<URL> copies = new ArrayList<>();
			Enumeration<URL> found = getParent().getResources(name);
			while (found.hasMoreElements()) {
				URLConnection connection = found.nextElement().openConnection();
				connection.setUseCaches(false);
				try (InputStream in = connection.getInputStream()) {
					copies.add(inMemory(name, copies.size(), in.readAllBytes()));
				}
			}
			return List.copyOf(copies);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The service file " + name + " cannot be read", ex);
		}
	}

	@SuppressWarnings("deprecation")
	private static URL inMemory(String name, int index, byte[] content) throws MalformedURLException {
		return new URL("service-file", null, -1, "/" + index + "/" + name, new URLStreamHandler() {
			@Override
			protected URLConnection openConnection(URL url) {
				return new URLConnection(url) {
					@Override
					public void connect() {
					}

					@Override
					public InputStream getInputStream() {
						return new ByteArrayInputStream(content);
					}
				};
			}
		});
	}

}
