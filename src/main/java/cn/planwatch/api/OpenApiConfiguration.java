package cn.planwatch.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

@Configuration
class OpenApiConfiguration {

	@Bean
	OpenAPI planWatchOpenApi() {
		return new OpenAPI().info(new Info().title("PlanWatch API")
			.version("v1")
			.description("妇女儿童发展规划监测评估平台接口。使用浏览器登录后的会话调用；修改类请求需带 CSRF 令牌。调用者只能访问其角色与数据范围允许的数据。"));
	}

}
