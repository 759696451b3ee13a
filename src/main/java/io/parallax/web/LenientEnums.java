package io.parallax.web;

import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A parameter naming one of a fixed set (a search's {@code kind=quote}) is read whatever its case, as people type
 * it; the names the API writes stay upper case. An unknown name is still refused, with the names it takes.
 */
@Component
class LenientEnums implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.removeConvertible(String.class, Enum.class);
		registry.addConverterFactory(new AnyCase());
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final class AnyCase implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
			return source -> source.isBlank() ? null
					: (T) Enum.valueOf(type, source.strip().toUpperCase(Locale.ROOT));
		}

	}

}
