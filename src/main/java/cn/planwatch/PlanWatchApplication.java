package cn.planwatch;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring application. Started by {@link cn.planwatch.launcher.PlanWatchMain}, which
 * prepares the database (embedded or external) before the context starts.
 */
@SpringBootApplication
public class PlanWatchApplication {

}
