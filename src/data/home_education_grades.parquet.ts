import { committedTableParquet } from "../../data-loaders/loader.js";

process.stdout.write(committedTableParquet("home_education_grades"));
