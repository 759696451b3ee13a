/**
 * The comparison of a story's articles: claims, disagreements, omissions and rewrites.
 */
@ApplicationModule(allowedDependencies = { "analysis", "dates", "stories", "system", "text" })
package io.parallax.claims;

import org.springframework.modulith.ApplicationModule;
