/**
 * Full-text search over every story: the index, kept by the import's transaction, and its queries.
 */
@ApplicationModule(allowedDependencies = { "stories" })
package io.parallax.search;

import org.springframework.modulith.ApplicationModule;
