import { committedTableParquet } from "../../data-loaders/loader.js";

process.stdout.write(committedTableParquet("partners"));
