import { committedTableCsv } from "../../data-loaders/loader.js";

process.stdout.write(committedTableCsv("marac_meetings"));
