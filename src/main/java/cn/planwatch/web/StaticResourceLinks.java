package cn.planwatch.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Pages link static files by their plain paths ({@code /webjars/bootstrap/css/bootstrap.min.css} is
 * served by the version-agnostic WebJars resolver without rewriting the link). Spring Boot would
 * otherwise register {@link ResourceUrlEncodingFilter} for Thymeleaf, which looks up every link of a
 * page — hundreds on the assessment and cockpit pages — as a possible static file inside the jar:
 * most of the time of rendering such a page. Registering it disabled keeps Boot from adding it.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> unusedResourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
