import { committedDataVersion } from "../../data-loaders/data-version.js";

process.stdout.write(JSON.stringify(committedDataVersion(), null, 2) + "\n");
