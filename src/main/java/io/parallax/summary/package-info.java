/**
 * Story and article summaries, the timeline, coverage and key facts.
 */
@ApplicationModule(allowedDependencies = { "dates", "text" })
package io.parallax.summary;

import org.springframework.modulith.ApplicationModule;
