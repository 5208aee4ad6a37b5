import { committedTableParquet } from "../../data-loaders/loader.js";

process.stdout.write(committedTableParquet("agency_names"));
