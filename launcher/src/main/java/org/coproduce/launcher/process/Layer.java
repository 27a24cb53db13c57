package org.coproduce.launcher.process;

/**
 * What a process is to the others: stopping goes from applications down to the database, whatever
 * order parallel start-up happened to give.
 */
public enum Layer {
  DATABASE,
  INFRASTRUCTURE,
  APPLICATION
}
