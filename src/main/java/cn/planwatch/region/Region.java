package cn.planwatch.region;

/**
 * An administrative region: a GB/T 2260 six-digit code (a 12-digit statistical code for
 * townships), its level, and its place in the tree as a path of codes from the root.
 */
public record Region(String code, String name, RegionLevel level, String parentCode, String path, boolean demo) {

	/** Whether this region is {@code other} or lies below it. */
	public boolean isWithin(Region other) {
		return path.equals(other.path) || path.startsWith(other.path + "/");
	}

	/** Whether this region lies strictly above {@code other}. */
	public boolean isAncestorOf(Region other) {
		return other.path.startsWith(path + "/");
	}

	public int depth() {
		return (int) path.chars().filter(c -> c == '/').count();
	}

}
