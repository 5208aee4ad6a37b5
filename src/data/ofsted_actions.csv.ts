import { committedTable } from "../../data-loaders/loader.js";
import { tableCsv } from "../lib/table-csv.js";

process.stdout.write(tableCsv(committedTable("ofsted_actions")));
