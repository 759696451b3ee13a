/**
 * The pages and the JSON API: reads only.
 */
@ApplicationModule(allowedDependencies = { "analysis", "claims", "search", "stories", "summary", "system", "text" })
package io.parallax.web;

import org.springframework.modulith.ApplicationModule;
