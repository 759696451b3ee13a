package io.parallax.system;

import java.util.function.Consumer;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * A setting applied to every bean of a type that Spring Boot makes, once it is initialised: for the few settings
 * Boot has no property for.
 */
final class BeanSettings {

	private BeanSettings() {
	}

	static <T> BeanPostProcessor onEvery(Class<T> type, Consumer<T> setting) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (type.isInstance(bean)) {
					setting.accept(type.cast(bean));
				}
				return bean;
			}

		};
	}

}
