package org.coproduce.payment.ratecard;

/** A fee in pence and the rate card version it came from, which the claim keeps for good. */
public record Fee(long amountPence, String rateCardVersion) {}
