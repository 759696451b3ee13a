package io.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.parallax.ingest.IngestProperties.StartupImport;
import io.parallax.stories.StoryStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At start-up: closes the runs a killed process left open, then imports the seeds when the database holds no
 * articles (or at every start, or never: {@code parallax.seeds.import-at-startup}). The seeds come from
 * {@code parallax.seeds.location}, or from the copy packed in the jar when that folder does not exist (as in the
 * Docker image). The import runs in the background: the application is up at once, readers get what is stored
 * (with a note that an import is in progress), and the import's run shows its progress.
 */
@Component
class SeedImportAtStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedImportAtStartup.class);

	private static final String PACKED_SEEDS = "classpath*:seeds/**/*";

	private final ImportService imports;

	private final ImportRunRecorder recorder;

	private final StoryStore store;

	private final IngestProperties properties;

	SeedImportAtStartup(ImportService imports, ImportRunRecorder recorder, StoryStore store,
			IngestProperties properties) {
		this.imports = imports;
		this.recorder = recorder;
		this.store = store;
		this.properties = properties;
	}

	/**
	 * Everything happens in the background, each database step done again on a new connection if its connection
	 * is lost: nothing here can keep the application from starting.
	 */
	@Override
	public void run(ApplicationArguments args) {
		imports.inBackground(() -> {
			int interrupted = StoryPipeline.RETRY.invoke(recorder::failInterrupted);
			if (interrupted > 0) {
				log.warn("{} import run(s) were interrupted by a stop and are now marked failed", interrupted);
			}
			StoryPipeline.RETRY.invoke(imports::analyseWhatIsMissing);
			StartupImport mode = properties.seeds().importAtStartup();
			if (mode == StartupImport.ALWAYS
					|| (mode == StartupImport.IF_EMPTY && store.activeArticleCount() == 0)) {
				importSeeds();
			}
		});
	}

	private void importSeeds() {
		try {
			imports.importFolder(imports.seedsFolder(), "startup");
		}
		catch (IOException ex) {
			log.error("the seeds cannot be unpacked; nothing was imported at start-up", ex);
		}
	}

	static Path unpackSeeds() throws IOException {
		Path target = Files.createTempDirectory("parallax-seeds");
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PACKED_SEEDS)) {
			String url = resource.getURL().toString();
			if (!resource.isReadable() || url.endsWith("/")) {
				continue;
			}
			Path file = target.resolve(url.substring(url.lastIndexOf("/seeds/") + "/seeds/".length()));
			Files.createDirectories(file.getParent());
			try (InputStream in = resource.getInputStream()) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		return target;
	}

}
