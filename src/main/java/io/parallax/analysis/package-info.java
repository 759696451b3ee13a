/**
 * Names, quotes, cited sources, numbers and dates of each article, and their story-wide entities and quote groups.
 */
@ApplicationModule(allowedDependencies = { "dates", "stories", "system", "text" })
package io.parallax.analysis;

import org.springframework.modulith.ApplicationModule;
