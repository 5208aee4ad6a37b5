import { defineTheme } from "./indicator-spec.js";

/** Children educated at home and the quality of their provision, as the prose states them. */
export const HOME_EDUCATION = defineTheme(
  "home-education",
  {
    home_educated_children: { label: "Children being home educated", unit: "count" },
    home_educated_children_peak: { label: "Peak number of children home educated during the year", unit: "count" },
    home_education_grade_share: { label: "Home education providers by quality grade", unit: "percent" }
  },
  [
    {
      id: "home-educated-children",
      template: "At the time of the review (Oct 2012), {now:count} children were being home educated, however, the number varies over the year and can peak at {peak:count}",
      figures: [
        { from: "now", indicator: "home_educated_children", period: "Oct 2012" },
        { from: "peak", indicator: "home_educated_children_peak", period: "2012/13" }
      ]
    },
    {
      id: "home-education-grades",
      template: "for the top {top:percent} of HE providers (see Figure 1 below), this may be extended to annually only, similarly, for the {poor:percent} assessed locally as providing poor quality provision",
      figures: [
        { from: "top", indicator: "home_education_grade_share", category: "Grade 1 (top)", period: "Oct 2012" },
        { from: "poor", indicator: "home_education_grade_share", category: "Grade 3 (poor)", period: "Oct 2012" }
      ]
    }
  ]
);
