package cn.planwatch.region;

/** A member department (成员单位) of a region's commission, with its liaison officer (联络员). */
public record Department(long id, String regionCode, String kindCode, String kindName, String name, String liaisonName,
		String liaisonPhone) {

}
