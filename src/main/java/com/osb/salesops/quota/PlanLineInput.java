package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.osb.salesops.quota.model.Channel;
import com.osb.salesops.quota.model.RepInput;

/**
 * One rep's inputs to a plan, as stored on the plan line.
 *
 * @param repId the rep
 * @param lastYearActual last year's actual
 * @param potential the territory potential
 * @param tenureMonths months in the company at plan start
 * @param channelShares the shares of DIRECT, DISTRIBUTOR and ONLINE, or {@code null} to
 * split equally
 */
public record PlanLineInput(String repId, BigDecimal lastYearActual, BigDecimal potential, int tenureMonths,
		BigDecimal[] channelShares) {

	RepInput toRepInput() {
		Map<Channel, BigDecimal> mix = new EnumMap<>(Channel.class);
		if (this.channelShares != null) {
			for (Channel channel : Channel.values()) {
				BigDecimal share = this.channelShares[channel.ordinal()];
				if (share != null && share.signum() > 0) {
					mix.put(channel, share);
				}
			}
		}
		return new RepInput(this.repId, this.lastYearActual, this.potential, this.tenureMonths, mix);
	}

}
