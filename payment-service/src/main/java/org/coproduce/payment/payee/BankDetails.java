package org.coproduce.payment.payee;

/**
 * A UK bank account: only ever in clear inside a transaction that encrypts it for storage or writes
 * it into a finance export.
 */
public record BankDetails(String accountName, String sortCode, String accountNumber) {

  /** The sort code as six digits, however it was typed. */
  public static String digits(String sortCode) {
    return sortCode.replace("-", "").replace(" ", "");
  }

  /** "**-**-56": the last two digits, as the person would recognise them. */
  public static String maskedSortCode(String lastTwo) {
    return lastTwo == null ? null : "**-**-" + lastTwo;
  }

  /** "******78". */
  public static String maskedAccountNumber(String lastTwo) {
    return lastTwo == null ? null : "******" + lastTwo;
  }

  /** "S** O*****": enough for the person to recognise, too little to pay anyone with. */
  public static String maskedName(String name) {
    StringBuilder masked = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      if (!masked.isEmpty()) {
        masked.append(' ');
      }
      masked.append(word.charAt(0)).append("*".repeat(word.length() - 1));
    }
    return masked.toString();
  }

  /** Sort code formatted 12-34-56. */
  public String sortCodeFormatted() {
    String digits = digits(sortCode);
    return digits.substring(0, 2) + "-" + digits.substring(2, 4) + "-" + digits.substring(4);
  }
}
