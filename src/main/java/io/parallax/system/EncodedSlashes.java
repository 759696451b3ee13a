package io.parallax.system;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A path with an encoded slash ("/stories/a%2Fb") is passed on to the application, whose request firewall refuses
 * it with the site's own "cannot be answered" page or problem. Tomcat refused it itself, with its bare error page,
 * before the application could say anything.
 */
@Configuration(proxyBeanMethods = false)
class EncodedSlashes {

	@Bean
	TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
		return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
	}

}
