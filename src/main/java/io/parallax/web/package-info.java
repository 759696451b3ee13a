/**
 * The pages and the JSON API: reads only.
 */
@ApplicationModule(allowedDependencies = { "analysis", "claims", "search", "stories", "summary", "system" })
package io.parallax.web;

import org.springframework.modulith.ApplicationModule;
