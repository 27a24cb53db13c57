package org.coproduce.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a contract record component that may be absent (or null) in a payload; every other
 * component is required. {@link EventCodec} leaves it out when it is null and accepts a payload
 * without it, and the contract's JSON Schema must not list it as required.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MayBeAbsent {}
