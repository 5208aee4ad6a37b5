import { committedTablesZip } from "../../data-loaders/loader.js";
import { tableCsv } from "../lib/table-csv.js";

process.stdout.write(committedTablesZip(tableCsv));
