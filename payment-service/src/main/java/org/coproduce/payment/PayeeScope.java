package org.coproduce.payment;

import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.UUID;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;

/**
 * Whose payment records a caller may read: staff of the named roles anyone's, a volunteer only
 * their own (404 for anyone else's, so nobody learns who is paid).
 */
@RequestScoped
public class PayeeScope {
  private final CurrentUser user;

  public PayeeScope(CurrentUser user) {
    this.user = user;
  }

  /**
   * The payee a call is about: {@code requested} (null: everyone) for staff, the caller's own
   * person for anyone else.
   */
  public UUID visible(UUID requested, String what, String... staffRoles) {
    if (isStaff(staffRoles)) {
      return requested;
    }
    UUID own = user.personId().orElseThrow(() -> new ProblemException.NotFound("Your " + what));
    if (requested != null && !requested.equals(own)) {
      throw new ProblemException.NotFound(capitalised(what) + " of person " + requested);
    }
    return own;
  }

  /** Whether the caller may see this payee's records. */
  public boolean maySee(UUID personId, String... staffRoles) {
    return isStaff(staffRoles) || user.personId().filter(personId::equals).isPresent();
  }

  private boolean isStaff(String... roles) {
    return Arrays.stream(roles).anyMatch(user::hasRole);
  }

  private static String capitalised(String what) {
    return Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }
}
