package org.coproduce.platform.security;

/** The role names of DESIGN.md, as the identity provider issues them. */
public final class Roles {
  public static final String QI_LEAD = "qi-lead";
  public static final String COORDINATOR = "coordinator";
  public static final String VOLUNTEER = "volunteer";
  public static final String FINANCE = "finance";
  public static final String EXECUTIVE = "executive";
  public static final String ADMIN = "admin";

  /**
   * Scopes a third-party system is granted with the client-credentials flow; the token's scope
   * claim is read as roles, so an endpoint allows a scope the way it allows a role.
   */
  public static final String PROJECTS_READ = "projects:read";

  public static final String INVOLVEMENT_WRITE = "involvement:write";
  public static final String PAYMENTS_EXPORT = "payments:export";

  /** Records what finance paid; a client of its own, apart from the one that makes batches. */
  public static final String PAYMENTS_OUTCOMES = "payments:outcomes";

  private Roles() {}
}
