import { parseArgs } from "node:util";
import { runPageQueries } from "../../../data-loaders/query-results.js";

const { values } = parseArgs({ options: { page: { type: "string" } } });
process.stdout.write(JSON.stringify(await runPageQueries(values.page ?? "")));
