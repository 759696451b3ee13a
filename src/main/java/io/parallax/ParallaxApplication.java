package io.parallax;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Parallax: one news story, seen through every outlet that covered it.
 * Each sub-package is a Spring Modulith module; data flows ingest → stories → pages and API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParallaxApplication {

	public static void main(String[] args) {
		SpringApplication.run(ParallaxApplication.class, args);
	}

}
