package com.osb.salesops.incentive;

import java.util.Optional;

import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.incentive.model.QuarterlyQuota;

/**
 * A rep's quota for a quarter. Quotas belong to the quota plans of another capability;
 * incentive compensation only reads them, through this port.
 */
public interface QuarterlyQuotas {

	/** The quota with its source, or empty when the rep has none for the quarter. */
	Optional<QuarterlyQuota> quota(String repId, Quarter quarter);

}
