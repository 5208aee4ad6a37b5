import { defineTheme } from "./indicator-spec.js";

/** Private fostering notifications and arrangements, which the report states three times (5, 3 and 5). */
export const PRIVATE_FOSTERING = defineTheme(
  "private-fostering",
  {
    private_fostering_notifications: { label: "New notifications of privately fostered children", unit: "count" },
    private_fostering_arrangements: { label: "Private fostering arrangements known to the local authority", unit: "count" },
    private_fostering_arrangements_change: { label: "Change in private fostering arrangements since March 2012", unit: "count" }
  },
  [
    {
      id: "private-fostering-local-picture",
      template:
        "In Luton, {notifications:count} new notifications of 'privately fostered' children were received during 2012/13. As of 31st March 2013, {monitored:count} 'privately fostered' are being monitored",
      figures: [
        { from: "notifications", indicator: "private_fostering_notifications", period: "2012/13" },
        { from: "monitored", indicator: "private_fostering_arrangements", period: "31 Mar 2013" }
      ]
    },
    {
      // Contradicts the 5 stated in the local picture and in the performance data; see data_quality.
      id: "private-fostering-assessment",
      template: "the reported number of private fostering arrangements which stands at {value:count}, a reduction of {change:count:fall} since March 2012",
      figures: [
        { from: "value", indicator: "private_fostering_arrangements", period: "2013 (date not stated)" },
        { from: "change", indicator: "private_fostering_arrangements_change", period: "2013 (date not stated)" }
      ]
    },
    {
      id: "private-fostering-performance",
      template:
        "The number of private fostering arrangements recorded, showed a small increase against 2011/12 and 2010/11 figures, with a total of {value:count} for the year",
      figures: [{ from: "value", indicator: "private_fostering_arrangements", period: "2012/13" }]
    }
  ]
);
