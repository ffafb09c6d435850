package cn.planwatch.demo;

import java.util.SplittableRandom;

/**
 * The underlying level of one demo indicator in one region for each year 2020–2025 (a rate in
 * the indicator's unit, or a value), following a {@link DemoTrajectory}. The 2020 level is the
 * start given — the plan's baseline where it has one. Counts are drawn from these levels later.
 */
record DemoSeries(DemoTrajectory trajectory, double[] levels) {

	static final int FIRST_YEAR = 2020;

	static final int LAST_YEAR = 2025;

	/** The plans' target year: the needed yearly change is the gap to the target over 2020–2030. */
	static final int TARGET_YEAR = 2030;

	/**
	 * Where an indicator starts and where it should go: {@code sense} +1 when higher is better,
	 * -1 when lower is better, 0 when the level is to be maintained; {@code target} may be null
	 * (a direction only); {@code typicalStep} is a plausible yearly improvement when there is no
	 * gap to close; {@code min} and {@code max} are the natural bounds (0 and 100 for a percentage).
	 */
	record Course(double start, Double target, int sense, double typicalStep, double min, double max) {

		boolean metAtStart() {
			return target != null && sense != 0 && (sense > 0 ? start >= target : start <= target);
		}

		/** The yearly change needed to reach the target in 2030, or the typical step without a gap. */
		double neededStep() {
			if (target == null || metAtStart()) {
				return typicalStep;
			}
			return Math.max(Math.abs(target - start) / (TARGET_YEAR - FIRST_YEAR), typicalStep * 0.2);
		}

	}

	DemoSeries {
		levels = levels.clone();
	}

	@Override
	public double[] levels() {
		return levels.clone();
	}

	double level(int year) {
		return levels[year - FIRST_YEAR];
	}

	static DemoSeries of(Course course, SplittableRandom random) {
		return follow(course, choose(course, random), random);
	}

	/** The levels of {@code course} along the given trajectory. */
	static DemoSeries follow(Course course, DemoTrajectory trajectory, SplittableRandom random) {
		double need = course.neededStep();
		int sense = course.sense();
		double[] levels = new double[LAST_YEAR - FIRST_YEAR + 1];
		levels[0] = course.start();
		switch (trajectory) {
			case STEADY -> {
				for (int t = 1; t < levels.length; t++) {
					levels[t] = course.start() * (1 + 0.015 * signed(random));
				}
			}
			case ON_TRACK -> trend(levels, sense * need * between(random, 1.0, 1.5), 0.2 * need, random);
			case LAGGING -> trend(levels, sense * need * between(random, 0.1, 0.45), 0.2 * need, random);
			case ERRATIC -> {
				double rate = sense * need * between(random, 0.2, 0.9);
				double swing = need * between(random, 1.6, 3.0);
				double phase = random.nextBoolean() ? 1 : -1;
				for (int t = 1; t < levels.length; t++) {
					double zigzag = (t % 2 == 1 ? phase : -phase) * swing * between(random, 0.7, 1.0);
					levels[t] = course.start() + rate * t + zigzag;
				}
			}
			case REVERSING -> {
				int turn = 1 + random.nextInt(2);
				double better = sense * need * 0.5;
				double worse = -sense * need * between(random, 0.6, 1.2);
				for (int t = 1; t < levels.length; t++) {
					levels[t] = levels[t - 1] + (t <= turn ? better : worse) + 0.1 * need * signed(random);
				}
			}
			case ALREADY_MET -> {
				trend(levels, sense * need * between(random, 0.2, 0.8), 0.3 * need, random);
				double margin = Math.abs(course.start() - course.target());
				for (int t = 1; t < levels.length; t++) {
					if (sense > 0 ? levels[t] < course.target() : levels[t] > course.target()) {
						levels[t] = course.target() + sense * margin * between(random, 0.1, 0.5);
					}
				}
			}
		}
		for (int t = 1; t < levels.length; t++) {
			levels[t] = Math.max(course.min(), Math.min(course.max(), levels[t]));
		}
		return new DemoSeries(trajectory, levels);
	}

	/** Which course an indicator takes: four in ten on track, a quarter lagging, one in five erratic, the rest reversing. */
	static DemoTrajectory choose(Course course, SplittableRandom random) {
		double roll = random.nextDouble();
		if (course.sense() == 0) {
			return DemoTrajectory.STEADY;
		}
		if (course.metAtStart()) {
			return DemoTrajectory.ALREADY_MET;
		}
		if (roll < 0.40) {
			return DemoTrajectory.ON_TRACK;
		}
		if (roll < 0.65) {
			return DemoTrajectory.LAGGING;
		}
		return roll < 0.85 ? DemoTrajectory.ERRATIC : DemoTrajectory.REVERSING;
	}

	private static void trend(double[] levels, double rate, double noise, SplittableRandom random) {
		for (int t = 1; t < levels.length; t++) {
			levels[t] = levels[0] + rate * t + noise * signed(random);
		}
	}

	private static double between(SplittableRandom random, double low, double high) {
		return low + (high - low) * random.nextDouble();
	}

	private static double signed(SplittableRandom random) {
		return random.nextDouble() * 2 - 1;
	}

}
