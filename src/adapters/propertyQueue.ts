// Items kept in Document Properties one property each, under a prefix: what a run could not write
// (Nhật ký lines, stamps, edits the busy lock kept out) waits there for the next run that can. One
// read lists a queue, oldest first when the keys start with a time.
export class DocumentQueue {
  private readonly props = PropertiesService.getDocumentProperties();
  constructor(private readonly prefix: string) {}

  /** The queue's [key, value] pairs in key order (keys with their prefix). */
  items(): [string, string][] {
    return Object.entries(this.props.getProperties())
      .filter(([k]) => k.startsWith(this.prefix))
      .sort(([a], [b]) => a.localeCompare(b));
  }

  /** Adds items, each key after the prefix; throws when the store is full. */
  put(items: readonly (readonly [string, string])[]): void {
    if (items.length) this.props.setProperties(Object.fromEntries(items.map(([k, v]) => [this.prefix + k, v])));
  }

  /** Forgets items (full keys, as items() gives them) once their run has written them. */
  drop(keys: readonly string[]): void {
    for (const key of keys) this.props.deleteProperty(key);
  }
}
