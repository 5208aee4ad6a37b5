import { committedTableParquet } from "../../data-loaders/loader.js";

process.stdout.write(committedTableParquet("data_quality"));
