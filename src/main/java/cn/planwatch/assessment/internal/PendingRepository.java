package cn.planwatch.assessment.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code assessment_pending}: what must be recomputed, by region and indicator ({@value #ALL}
 * for everything of the region). Rows are added in the transaction that changed the inputs and
 * taken in the one that recomputes, so a failed recompute leaves them queued.
 */
@Repository
public class PendingRepository {

	public static final String ALL = "*";

	private final JdbcClient jdbc;

	public PendingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(String regionCode, Collection<String> indicatorCodes) {
		for (String code : indicatorCodes) {
			jdbc.sql("""
					insert into assessment_pending (region_code, indicator_code) values (?, ?)
					on conflict (region_code, indicator_code) do update set queued_at = now()""")
				.params(regionCode, code)
				.update();
		}
	}

	/** Queues a full recompute of every region with a plan in force. */
	public int addAllRegions() {
		return jdbc.sql("""
				insert into assessment_pending (region_code, indicator_code)
				select distinct region_code, '*' from plan where status = 'PUBLISHED'
				on conflict (region_code, indicator_code) do update set queued_at = now()""")
			.update();
	}

	/**
	 * Removes and returns the region's queued indicators. First waits for any other transaction recomputing
	 * the region to end (a transaction-level advisory lock on the region), so two recomputes of one region
	 * never overlap: each sees the other's results, and new rows can be copied in rather than upserted.
	 */
	public List<String> take(String regionCode) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('assessment_result'), hashtext(?))")
			.param(regionCode)
			.query((rs, n) -> true)
			.single();
		return jdbc.sql("delete from assessment_pending where region_code = ? returning indicator_code")
			.param(regionCode)
			.query(String.class)
			.list();
	}

	/** Those of the regions that have something queued. */
	public List<String> queuedAmong(Collection<String> regionCodes) {
		return jdbc.sql("select distinct region_code from assessment_pending where region_code = any(?) order by region_code")
			.param(regionCodes.toArray(String[]::new))
			.query(String.class)
			.list();
	}

	public List<String> regions() {
		return jdbc.sql("select distinct region_code from assessment_pending order by region_code")
			.query(String.class)
			.list();
	}

}
