import { describe, expect, it } from "vitest";
import { listWords, summarizeAgencyAttendance, summarizeBusinessPlan, summarizeMemberAttendance, summarizeOfstedActions, summarizeRatingCounts, titleMemberAttendance, titleRatingCounts } from "../../src/lib/summaries-board.js";

const member = (name: string, agency: string, attended: number, absent = 0) => ({ name, agency, meetings: 4, attended, absent_no_apologies: absent });

describe("summarizeMemberAttendance", () => {
  it("counts members at every meeting and at none, and absences without apologies", () => {
    expect(summarizeMemberAttendance([member("A", "LBC", 4), member("B", "SEPT", 0, 2), member("C", "LBC", 2, 1)])).toBe(
      "Of the 3 members listed, 1 attended all 4 meetings and 1 attended none. 3 absences were without apologies."
    );
  });

  it("names the agency when every member is from one", () => {
    expect(summarizeMemberAttendance([member("A", "LBC", 4), member("C", "LBC", 2, 1)])).toBe("Of the 2 members from LBC, 1 attended all 4 meetings and 0 attended none. 1 absence was without apologies.");
  });

  it("describes a single member by name", () => {
    expect(summarizeMemberAttendance([member("Jane Stuart", "CAFCASS", 1, 3)])).toBe("Jane Stuart (CAFCASS) attended 1 of 4 meetings; 3 absences were without apologies.");
  });
});

describe("summarizeAgencyAttendance", () => {
  it("gives the overall rate and names the best and lowest agencies, ties together", () => {
    expect(
      summarizeAgencyAttendance([
        { agency: "L&D Hospital", meetings: 4, attended: 4, attendance_rate_pct: 100, absent_no_apologies: 0 },
        { agency: "YOS", meetings: 4, attended: 4, attendance_rate_pct: 100, absent_no_apologies: 0 },
        { agency: "CPS", meetings: 4, attended: 0, attendance_rate_pct: 0, absent_no_apologies: 0 }
      ])
    ).toBe("Members of 3 agencies attended 8 of the 12 places they had at meetings (66.7%). Best attended at 100%: L&D Hospital and YOS. Lowest at 0%: CPS.");
  });
});

describe("summarizeBusinessPlan", () => {
  it("adds up statuses and names the priorities with every objective completed", () => {
    expect(
      summarizeBusinessPlan([
        { priority_no: 1, objectives: 7, completed: 5, carried_forward: 1, in_progress: 1, not_stated: 0 },
        { priority_no: 3, objectives: 2, completed: 2, carried_forward: 0, in_progress: 0, not_stated: 0 }
      ])
    ).toBe("Of the 9 objectives under 2 priorities, 7 were completed, 1 carried forward to 2013/14, 1 still in progress and 0 had no status stated. Priority 3 had every objective completed.");
  });
});

describe("summarizeRatingCounts and summarizeOfstedActions", () => {
  it("puts every rating in words", () => {
    expect(summarizeRatingCounts([{ rag_rating: "Good progress", actions: 3 }, { rag_rating: "Some progress", actions: 1 }])).toBe("Of the 4 actions, 3 rated ‘Good progress’ and 1 rated ‘Some progress’.");
  });

  it("counts recommendations by timescale under their themes", () => {
    expect(summarizeOfstedActions([{ theme: "Safeguarding", timescale: "Within three months" }, { theme: "Safeguarding", timescale: "Within six months" }])).toBe(
      "2 recommendations under Safeguarding: 1 to be met within three months and 1 within six months."
    );
  });

  it("says so when a choice leaves nothing", () => {
    expect(summarizeRatingCounts([])).toBe("No actions match this choice.");
    expect(summarizeOfstedActions([])).toBe("No actions match this choice.");
  });
});

describe("listWords", () => {
  it("joins words as English does", () => {
    expect([listWords([]), listWords(["a"]), listWords(["a", "b"]), listWords(["a", "b", "c"])]).toEqual(["", "a", "a and b", "a, b and c"]);
  });
});

describe("titleMemberAttendance", () => {
  const member = (name: string, agency: string, attended: number, meetings = 4) => ({ name, agency, meetings, attended, absent_no_apologies: 0 });

  it("keeps the all-members takeaway when some came to every meeting and some to one or none", () => {
    expect(titleMemberAttendance([member("Anita Briddon", "Youth Offending Service", 4), member("A", "X", 1), member("B", "Y", 3)])).toBe(
      "Some members came to every meeting; a few came to one or none"
    );
  });

  it("names the one member of an agency and their record (Beds Police: Karena Thomas, 3 of 4)", () => {
    expect(titleMemberAttendance([member("Karena Thomas", "Beds Police", 3)])).toBe("Karena Thomas came to 3 of 4 meetings");
    expect(titleMemberAttendance([member("Anita Briddon", "Youth Offending Service", 4)])).toBe("Anita Briddon came to every meeting");
  });

  it("counts who came to every meeting when nobody came to one or none", () => {
    expect(titleMemberAttendance([member("Catherine Barrett", "LSCB", 4), member("Nasim Goni", "LSCB", 4)])).toBe("All 2 members came to every meeting");
    expect(titleMemberAttendance([member("Graham Cole", "LBC", 3), member("Martin Pratt", "LBC", 3)])).toBe("No member came to every meeting");
    expect(titleMemberAttendance([member("Graham Cole", "LBC", 4), member("Martin Pratt", "LBC", 3)])).toBe("1 of the 2 members came to every meeting");
  });

  it("describes the chart while there are no rows", () => {
    expect(titleMemberAttendance([])).toBe("Board meetings each member attended in 2012/13");
  });
});

describe("titleRatingCounts", () => {
  it("names the most common rating (all themes: 9 of 16 rated ‘Good progress’)", () => {
    const rows = [{ rag_rating: "Completed", actions: 1 }, { rag_rating: "Actions complete", actions: 1 }, { rag_rating: "Good progress", actions: 9 }, { rag_rating: "Some progress", actions: 5 }];
    expect(titleRatingCounts(rows)).toBe("‘Good progress’ was the most common rating by February 2013");
  });

  it("names every rating tied for the most, and a theme with a single rating", () => {
    expect(titleRatingCounts([{ rag_rating: "Good progress", actions: 2 }, { rag_rating: "Some progress", actions: 2 }])).toBe("‘Good progress’ and ‘Some progress’ were the most common ratings by February 2013");
    expect(titleRatingCounts([{ rag_rating: "Good progress", actions: 3 }])).toBe("Every recommendation here was rated ‘Good progress’ by February 2013");
  });

  it("describes the chart while there are no rows", () => {
    expect(titleRatingCounts([])).toBe("Recommendations by the rating of their progress");
  });
});
