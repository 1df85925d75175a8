import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { castSolutionVote, fixRateByCategory, groupSolutionVotes, votedSolution } from "./solution-votes";
import { createTestDb, insertTestTicket } from "./test-db";
import { deleteTicket } from "./tickets";
import { castVote, REPORT_TARGET } from "./votes";

let t: ReturnType<typeof createTestDb>;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.cleanup());

const newTicket = (text = "Error: spawn python ENOENT", visibility: "listed" | "unlisted" = "listed") => insertTestTicket(t.db, { text, visibility });
const vote = (ticketId: string, voter: string, solution: number) => castSolutionVote({ db: t.db, ticketId, solution, voter });

describe("castSolutionVote", () => {
  it("keeps one solution per voter per ticket: voting again moves the vote", () => {
    const { id, fingerprint } = newTicket();
    expect(vote(id, "a", 2)).toBe("added");
    expect(vote(id, "a", 2)).toBe("unchanged");
    expect(vote(id, "a", 1)).toBe("changed");
    expect(votedSolution({ db: t.db, ticketId: id, voter: "a" })).toBe(1);
    const group = groupSolutionVotes({ db: t.db, fingerprint });
    expect(group.voters).toBe(1);
    expect([...group.bySolution]).toEqual([[1, 1]]);
  });

  it("is null for an unknown ticket, and a deleted ticket's votes go with it", () => {
    expect(vote("nope-nope-nope-nope", "a", 1)).toBeNull();
    const { id, fingerprint } = newTicket();
    vote(id, "a", 1);
    deleteTicket({ db: t.db, id });
    expect(groupSolutionVotes({ db: t.db, fingerprint }).voters).toBe(0);
  });
});

describe("groupSolutionVotes", () => {
  it("counts distinct people across the group's listed tickets only", () => {
    const one = newTicket("Error: spawn python ENOENT");
    const two = newTicket("Error: spawn python ENOENT");
    const hidden = newTicket("Error: spawn python ENOENT", "unlisted");
    expect(two.fingerprint).toBe(one.fingerprint);
    vote(one.id, "a", 2);
    vote(two.id, "a", 2); // the same person on another ticket of the group: still one person
    vote(two.id, "b", 2);
    vote(one.id, "c", 1);
    vote(hidden.id, "d", 3);
    const group = groupSolutionVotes({ db: t.db, fingerprint: one.fingerprint });
    expect(group.voters).toBe(3);
    expect(Object.fromEntries(group.bySolution)).toEqual({ 1: 1, 2: 2 });
  });
});

describe("fixRateByCategory", () => {
  it("counts each person once per ticket: a solution vote or a 👍 is fixed, a 👎 alone is not", () => {
    const ticket = newTicket();
    vote(ticket.id, "a", 1);
    castVote({ db: t.db, ticketId: ticket.id, target: REPORT_TARGET, voter: "a", value: 1 });
    castVote({ db: t.db, ticketId: ticket.id, target: REPORT_TARGET, voter: "b", value: -1 });
    castVote({ db: t.db, ticketId: ticket.id, target: REPORT_TARGET, voter: "c", value: 1 });
    const hidden = newTicket("Error: spawn python ENOENT", "unlisted");
    castVote({ db: t.db, ticketId: hidden.id, target: REPORT_TARGET, voter: "d", value: -1 });
    expect(fixRateByCategory({ db: t.db })).toEqual([{ category: ticket.category, voters: 3, fixed: 2 }]);
  });
});
