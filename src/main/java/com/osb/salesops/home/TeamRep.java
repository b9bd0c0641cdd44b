package com.osb.salesops.home;

/**
 * A rep whose figures the caller may see.
 *
 * @param repId the rep
 * @param userId the rep's login
 * @param name the rep's name
 * @param regionId the rep's region
 * @param marketId the region's market
 * @param regionName the region's name
 * @param marketName the market's name
 */
public record TeamRep(String repId, String userId, String name, String regionId, String marketId, String regionName,
		String marketName) {
}
