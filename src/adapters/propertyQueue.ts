// Items kept in Document Properties one property each, under a prefix: what a run could not write
// (Nhật ký lines, stamps, edits the busy lock kept out) waits there for the next run that can. One
// read lists a queue, oldest first when the keys start with a time.
type Properties = GoogleAppsScript.Properties.Properties;

/** The queue's [key, value] pairs in key order. */
export function queuedItems(prefix: string, props: Properties = PropertiesService.getDocumentProperties()): [string, string][] {
  return Object.entries(props.getProperties()).filter(([k]) => k.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b));
}

/** Forgets items once their run has written them. */
export function dropQueued(keys: readonly string[], props: Properties = PropertiesService.getDocumentProperties()): void {
  for (const key of keys) props.deleteProperty(key);
}
