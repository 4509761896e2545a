// A file a form sent through google.script.run: its file input arrives as a Blob
// (guides/html/communication, Forms); anything else in that field is no file.
export const isBlob = (v: unknown): v is GoogleAppsScript.Base.Blob =>
  !!v && typeof v === 'object' && typeof (v as { getBytes?: unknown }).getBytes === 'function';
