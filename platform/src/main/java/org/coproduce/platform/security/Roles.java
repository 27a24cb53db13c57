package org.coproduce.platform.security;

/** The role names of DESIGN.md, as the identity provider issues them. */
public final class Roles {
  public static final String QI_LEAD = "qi-lead";
  public static final String COORDINATOR = "coordinator";
  public static final String VOLUNTEER = "volunteer";
  public static final String FINANCE = "finance";
  public static final String EXECUTIVE = "executive";
  public static final String ADMIN = "admin";

  private Roles() {}
}
