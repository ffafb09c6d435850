package cn.planwatch.web;

import java.util.List;

import cn.planwatch.region.Region;

/** The regions a user may see, each with its indentation, for the sidebar tree. */
record RegionTree(List<Node> nodes) {

	record Node(Region region, int indent) {

	}

	static RegionTree of(List<Region> regions) {
		int top = regions.stream().mapToInt(Region::depth).min().orElse(0);
		return new RegionTree(regions.stream().map(r -> new Node(r, r.depth() - top)).toList());
	}

}
