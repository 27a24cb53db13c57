package org.coproduce.events;

/**
 * An older version of a contract that consumers still accept. {@link EventCodec#payload} upcasts it
 * to the newer record, so consumers only ever handle the newest shape of each event.
 */
public interface Superseded {
  /** The same fact in the next version's record; what the old version lacked stays absent. */
  Event newer();
}
