package cn.planwatch.web;

import cn.planwatch.region.Region;

/** A county below a city with the completeness of its current round ({@code null}: no round open). */
public record CountyRound(Region county, RoundProgress round) {

}
