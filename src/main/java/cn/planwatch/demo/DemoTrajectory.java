package cn.planwatch.demo;

/**
 * The course a demo indicator takes from its 2020 baseline, chosen per region and indicator so
 * that dashboards show every situation a monitoring office meets.
 */
enum DemoTrajectory {

	/** Moving towards the target at least as fast as needed to reach it by 2030. */
	ON_TRACK,

	/** Moving the right way, but too slowly to reach the target by 2030. */
	LAGGING,

	/** A weak trend under year-to-year swings larger than the yearly change the target needs. */
	ERRATIC,

	/** The baseline already meets the target; the value stays on the right side of it. */
	ALREADY_MET,

	/** Improves at first, then moves away from the target. */
	REVERSING,

	/** To be maintained: stays level with little noise. */
	STEADY

}
