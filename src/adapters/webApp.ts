// The URL of "Nhiệm vụ của tôi", the script's web app: ScriptApp.getService().getUrl() is null
// until the project is deployed as a web app (reference/script/service), and then emails link to it.
export function webAppUrl(): string | null {
  return ScriptApp.getService().getUrl() || null;
}
