import { committedTableParquet } from "../../data-loaders/loader.js";

process.stdout.write(committedTableParquet("caf_by_agency"));
