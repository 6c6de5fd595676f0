/**
 * The one form of a staff username that is stored, compared and counted: Unicode NFC (a
 * name typed on a phone's Vietnamese keyboard may arrive decomposed, NFD) and lower case,
 * trimmed. "Đức", "ĐỨC" and its NFD spelling are one account.
 */
export function normalizeUsername(username: string): string {
  return username.normalize("NFC").trim().toLowerCase().normalize("NFC");
}
