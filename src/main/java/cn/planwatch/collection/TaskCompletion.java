package cn.planwatch.collection;

/** How far a department's task is filled: the cells it must report and those that hold a value. */
public record TaskCompletion(Task task, int cells, int filled) {

	public int percent() {
		return cells == 0 ? 0 : (int) Math.round(100.0 * filled / cells);
	}

}
