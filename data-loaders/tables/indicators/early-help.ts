import { defineTheme } from "./indicator-spec.js";

/** Early help: staffing of the Common Assessment Framework team. */
export const EARLY_HELP = defineTheme(
  "early-help",
  {
    caf_team_posts: { label: "Posts in the local Common Assessment Framework (CAF) team", unit: "count" }
  },
  [
    {
      id: "caf-team-posts",
      template: "a welcome increase in staffing resource to the local team from {before:count} to {after:count} posts",
      figures: [
        { from: "before", indicator: "caf_team_posts", period: "before the increase" },
        { from: "after", indicator: "caf_team_posts", period: "2012/13" }
      ]
    }
  ]
);
