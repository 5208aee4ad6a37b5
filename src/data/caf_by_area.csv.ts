import { committedTableCsv } from "../../data-loaders/loader.js";

process.stdout.write(committedTableCsv("caf_by_area"));
