import { parseArgs } from "node:util";
import { runPageQueries } from "../../lib/queries/page-results.js";

const { values } = parseArgs({ options: { page: { type: "string" } } });
process.stdout.write(JSON.stringify(await runPageQueries(values.page ?? "")));
