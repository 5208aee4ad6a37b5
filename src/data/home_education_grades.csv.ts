import { committedTableCsv } from "../../data-loaders/loader.js";

process.stdout.write(committedTableCsv("home_education_grades"));
