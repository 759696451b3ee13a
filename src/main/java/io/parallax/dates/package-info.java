/**
 * The one reader of dates: calendar and relative dates, resolved with their precision.
 */
@ApplicationModule(allowedDependencies = { "text" })
package io.parallax.dates;

import org.springframework.modulith.ApplicationModule;
