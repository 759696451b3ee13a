/**
 * Imports: reading folders and uploads, parsing articles, and running every stage once, at import.
 */
@ApplicationModule(allowedDependencies = { "analysis", "claims", "dates", "stories", "summary", "system", "text" })
package io.parallax.ingest;

import org.springframework.modulith.ApplicationModule;
