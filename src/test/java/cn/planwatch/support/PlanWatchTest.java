package cn.planwatch.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import cn.planwatch.PlanWatchApplication;

/**
 * The whole application on a real PostgreSQL ({@link TestDatabase}) with the demo data loaded,
 * served on a random port and reachable through MockMvc. Every test class using it shares one
 * context, so tests must not depend on changes other tests make.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PlanWatchApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "planwatch.demo.enabled=true", "planwatch.demo.password=" + PlanWatchTest.DEMO_PASSWORD })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@AutoConfigureMockMvc
public @interface PlanWatchTest {

	String DEMO_PASSWORD = "test-demo-password";

}
