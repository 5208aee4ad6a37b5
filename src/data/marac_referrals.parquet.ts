import { committedTableParquet } from "../../data-loaders/loader.js";

process.stdout.write(committedTableParquet("marac_referrals"));
