package org.coproduce.platform.inbox;

import org.coproduce.events.Event;
import org.coproduce.events.EventEnvelope;

/** An event delivered to a consumer for the first time: its envelope and its typed payload. */
public record ReceivedEvent(EventEnvelope envelope, Event event) {}
