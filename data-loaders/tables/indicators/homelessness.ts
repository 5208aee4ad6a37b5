import { defineTheme } from "./indicator-spec.js";

/** Under-18s presenting as homeless to the 16+ team. */
export const HOMELESSNESS = defineTheme(
  "homelessness",
  {
    homeless_under_18_presentations: {
      label: "Under 18s presenting to the LBC 16+ team as homeless",
      unit: "count",
      polarity: "down_is_good"
    }
  },
  [
    {
      id: "homeless-under-18",
      template: "as homeless in the final quarter remains relatively high ({value:count})",
      figures: [{ from: "value", indicator: "homeless_under_18_presentations", period: "2012/13 Q4" }]
    }
  ]
);
