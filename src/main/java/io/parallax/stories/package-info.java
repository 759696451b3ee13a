/**
 * The store of stories and articles, and their versions.
 */
@ApplicationModule(allowedDependencies = { "system", "text" })
package io.parallax.stories;

import org.springframework.modulith.ApplicationModule;
