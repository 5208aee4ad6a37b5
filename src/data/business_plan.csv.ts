import { committedTableCsv } from "../../data-loaders/loader.js";

process.stdout.write(committedTableCsv("business_plan"));
