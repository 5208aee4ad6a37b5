import { committedTablesZip } from "../../data-loaders/loader.js";

process.stdout.write(committedTablesZip());
