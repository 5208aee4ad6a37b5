/** A topic of the young people page: its indicators theme, its name, and the report section with the board's words on it. */
export interface YoungPeopleTopic {
  theme: string;
  label: string;
  section: string;
}

/** The young people page's topics, in page order; `theme` is the value written to the URL (`?topic=`). */
export const YOUNG_PEOPLE_TOPICS: readonly YoungPeopleTopic[] = [
  { theme: "youth-justice", label: "Youth justice", section: "Youth offending, homelessness and substance misuse" },
  { theme: "homelessness", label: "Homelessness", section: "Youth offending, homelessness and substance misuse" },
  { theme: "substance-misuse", label: "Alcohol and drugs", section: "The welfare and well being of children using or affected by alcohol or drugs" },
  { theme: "teenage-pregnancy", label: "Teenage pregnancy and young parents", section: "The safeguarding arrangements for teenage parents" },
  { theme: "home-education", label: "Home education", section: "Working with families who choose to Home Educate" },
  { theme: "trafficking", label: "Trafficked and unaccompanied children", section: "Safeguarding arrangements for trafficked children" },
  { theme: "private-fostering", label: "Private fostering", section: "Private Fostering" },
  { theme: "sexual-assault", label: "Sexual assault referrals (SARC)", section: "Sexual Assault Referral Centre (SARC) arrangements" }
];

/** The topic shown when the URL names none. */
export const DEFAULT_TOPIC = "youth-justice";

/** Every topic's URL value. */
export const TOPIC_THEMES: readonly string[] = YOUNG_PEOPLE_TOPICS.map((topic) => topic.theme);

/** Returns the topic with this URL value; throws naming the allowed values when there is none. */
export function findTopic(theme: string): YoungPeopleTopic {
  const topic = YOUNG_PEOPLE_TOPICS.find((candidate) => candidate.theme === theme);
  if (!topic) throw new Error(`findTopic: expected one of ${TOPIC_THEMES.join(", ")}, found ${JSON.stringify(theme)}`);
  return topic;
}
