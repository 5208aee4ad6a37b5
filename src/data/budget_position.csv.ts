import { committedTableCsv } from "../../data-loaders/loader.js";

process.stdout.write(committedTableCsv("budget_position"));
