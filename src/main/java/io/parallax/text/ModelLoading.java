package io.parallax.text;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Reads a language model on a background thread of its own: the application starts serving pages while its models
 * load, and only the first import waits for them.
 */
final class ModelLoading {

	private ModelLoading() {
	}

	static <T> CompletableFuture<T> inBackground(Supplier<T> loader) {
		CompletableFuture<T> model = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				model.complete(loader.get());
			}
			catch (RuntimeException | Error ex) {
				model.completeExceptionally(ex);
			}
		}, "model-loading");
		thread.setDaemon(true);
		thread.start();
		return model;
	}

}
