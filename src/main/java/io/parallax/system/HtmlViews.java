package io.parallax.system;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every page is HTML, whatever the address: Thymeleaf otherwise takes a media type from the path's extension, so
 * that the error page of a feed's address ({@code /stories/none/feed.atom}) went out as Atom.
 */
@Configuration(proxyBeanMethods = false)
class HtmlViews {

	@Bean
	static BeanPostProcessor htmlViewsStayHtml() {
		return BeanSettings.onEvery(ThymeleafViewResolver.class, resolver -> resolver.setForceContentType(true));
	}

}
