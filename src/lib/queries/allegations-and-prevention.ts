import { headlineSql } from "./headline-sql.js";
import type { NamedQuery } from "./named-query.js";

/** The allegations and prevention page's queries: the LADO, Channel and the board's other assurance reports. */
export const ALLEGATIONS_QUERIES = {
  /** The page's headline tiles: LADO referrals and their change, adults removed, Channel referrals, SARC examinations. */
  allegationsHeadlines: {
    tables: ["indicators"],
    sql: headlineSql([
      { indicator: "lado_referrals", period: "2011/12" },
      { indicator: "lado_referrals_change", period: "2011/12" },
      { indicator: "lado_adults_removed", period: "2011/12" },
      { indicator: "channel_referrals", period: "Oct 2011 – Mar 2012" },
      { indicator: "sarc_examinations", period: "2012/13" }
    ])
  },
  /** LADO referrals in the categories the report counts for two years, earlier year first. */
  ladoReferralsByCategory: {
    tables: ["indicators"],
    sql: `SELECT category || ', ' || period AS bar_label, category, period, value, unit, label,
       CAST(period = max(period) OVER (PARTITION BY category) AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'lado_referrals' AND series = 'Luton' AND category IS NOT NULL
ORDER BY min(source_line) OVER (PARTITION BY category), category, period`
  },
  /** People referred to the Channel Panel, by the finest groups the report gives (adult women, adult men, young men). */
  channelReferralsByGroup: {
    tables: ["indicators"],
    sql: `SELECT category AS bar_label, category AS referral_group, period, value, unit, label, CAST(category LIKE 'Young people%' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'channel_referrals' AND series = 'Luton' AND category IN ('Adults, female', 'Adults, male', 'Young people (male)')
ORDER BY category`
  }
} satisfies Record<string, NamedQuery>;
