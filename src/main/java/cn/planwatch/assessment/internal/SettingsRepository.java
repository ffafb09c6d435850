package cn.planwatch.assessment.internal;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.assessment.engine.DenominatorRule;
import cn.planwatch.assessment.engine.Settings;
import cn.planwatch.assessment.engine.ToleranceKind;

/** Table {@code assessment_setting}: the one row of settings the engine runs with. */
@Repository
public class SettingsRepository {

	private final JdbcClient jdbc;

	public SettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Settings current() {
		return jdbc.sql("select * from assessment_setting")
			.query((rs, n) -> Settings.defaults()
				.withTolerance(ToleranceKind.valueOf(rs.getString("tolerance_kind")), rs.getDouble("tolerance"))
				.withDenominatorRule(DenominatorRule.valueOf(rs.getString("denominator_rule")))
				.withShares(rs.getDouble("on_track_share"), rs.getDouble("difficult_share")))
			.single();
	}

	public void update(Settings settings, String user) {
		jdbc.sql("""
				update assessment_setting set tolerance_kind = ?, tolerance = ?, denominator_rule = ?, on_track_share = ?,
				    difficult_share = ?, updated_by = ?, updated_at = now()""")
			.params(settings.toleranceKind().name(), BigDecimal.valueOf(settings.tolerance()),
					settings.denominatorRule().name(), BigDecimal.valueOf(settings.onTrackShare()),
					BigDecimal.valueOf(settings.difficultShare()), user)
			.update();
	}

}
