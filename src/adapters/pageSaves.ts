// The last save each person finished from "Nhiệm vụ của tôi" (issue 14), as a digest of what the
// page sent, in Document Properties: a save tapped again because its answer never reached the phone
// is known, and not applied (nor logged in Nhật ký) a second time. Only a finished save is kept, so a
// save that failed part-way is still completed by the next attempt.
const KEY = 'cchc.page.lastSave.';

/** SHA-256 of the save's payload as the page sent it. */
export function saveFingerprint(payload: unknown): string {
  const digest = Utilities.computeDigest(
    Utilities.DigestAlgorithm.SHA_256,
    JSON.stringify(payload),
    Utilities.Charset.UTF_8,
  );
  return Utilities.base64Encode(digest);
}

export function lastSaveOf(user: string): string | null {
  return PropertiesService.getDocumentProperties().getProperty(KEY + user);
}

/** Best effort: when it cannot be kept, a repeated save is applied again, as before. */
export function rememberSave(user: string, fingerprint: string): void {
  try {
    PropertiesService.getDocumentProperties().setProperty(KEY + user, fingerprint);
  } catch (e) {
    console.warn(`could not keep the page's last save: ${e instanceof Error ? e.message : String(e)}`);
  }
}
