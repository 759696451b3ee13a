/**
 * Language tools: sentences, tokens, tags, names, embeddings, function words.
 */
@ApplicationModule(allowedDependencies = {})
package io.parallax.text;

import org.springframework.modulith.ApplicationModule;
