package cn.planwatch.demo;

import java.util.List;

/**
 * The synthetic demo installation (演示数据): what was loaded, and the accounts one can sign in
 * with. Present only when PlanWatch runs with {@code planwatch.demo.enabled=true}.
 */
public interface DemoData {

	/** The password every demo account has since this start. */
	String password();

	/** The demo accounts, the most useful first. */
	List<Account> accounts();

	record Account(String username, String roleLabel, String scopeLabel) {

	}

}
