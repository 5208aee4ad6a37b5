import { FileAttachment } from "observablehq:stdlib";
import type { DataVersion } from "./model.js";

/** Returns the data this build publishes, by hash (src/data/data-version.json.ts): what a new notebook carries. */
export async function readDataVersion(): Promise<DataVersion> {
  return (await FileAttachment("../data/data-version.json").json()) as DataVersion;
}
