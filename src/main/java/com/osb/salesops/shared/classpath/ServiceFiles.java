package com.osb.salesops.shared.web;

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
 * class path from memory and leaves everything else to its parent. The engine's REST API
 * looks its engine up through {@link java.util.ServiceLoader} on every request, which
 * otherwise searches every jar of the class path and opens the one that has the file; the
 * class path does not change while the application runs, so its service files are read
 * once. Classes are still loaded by the parent, so every provider is the same class as
 * anywhere else.
 */
final class ServiceFiles extends ClassLoader {

	private static final String SERVICES = "META-INF/services/";

	private final Map<String, List<URL>> files = new ConcurrentHashMap<>();

	ServiceFiles(ClassLoader parent) {
		super(parent);
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
