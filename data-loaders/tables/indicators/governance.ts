import { defineTheme } from "./indicator-spec.js";

/** The Board's own structure: subgroups, task and finish groups, lay members, priorities and meetings. */
export const GOVERNANCE = defineTheme(
  "governance",
  {
    lscb_standing_subgroups: { label: "Standing subgroups of the LSCB", unit: "count" },
    lscb_task_and_finish_groups: { label: "Task and finish groups commissioned by the Executive group", unit: "count" },
    lscb_lay_members: { label: "Lay members of the Board", unit: "count" },
    business_plan_priorities: { label: "Priorities in the LSCB business plan", unit: "count" },
    lscb_meetings_per_year: { label: "LSCB Board meetings a year", unit: "count" }
  },
  [
    {
      id: "lscb-standing-subgroups",
      template: "There are currently {value:number_word} standing subgroups of the LSCB",
      figures: [{ from: "value", indicator: "lscb_standing_subgroups", period: "2012/13" }]
    },
    {
      id: "lscb-task-and-finish-groups",
      template: "In addition, {value:count} task and finish groups were commissioned by the Executive group",
      figures: [{ from: "value", indicator: "lscb_task_and_finish_groups", period: "2012/13" }]
    },
    {
      id: "lscb-lay-members",
      template: "one of the Board's {value:number_word} lay members",
      figures: [{ from: "value", indicator: "lscb_lay_members", period: "2012/13" }]
    },
    {
      id: "business-plan-priorities",
      template: "The LSCB has identified the following {value:count} priorities for its 2012/2013 Business Plan",
      figures: [{ from: "value", indicator: "business_plan_priorities", period: "2012/13" }]
    },
    {
      id: "lscb-meetings-per-year",
      template: "The LSCB continues to fulfil its core functions at its meetings {value:number_word} times a year",
      figures: [{ from: "value", indicator: "lscb_meetings_per_year", period: "2012/13" }]
    }
  ]
);
