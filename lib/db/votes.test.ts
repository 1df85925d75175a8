import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, insertTestTicket } from "./test-db";
import { deleteTicket, getTicket, updateTicket } from "./tickets";
import { castVote, countVotes, REPORT_TARGET } from "./votes";

let t: ReturnType<typeof createTestDb>;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.cleanup());

const newTicket = () => insertTestTicket(t.db);
const vote = (ticketId: string, voter: string, value: 1 | -1, target = REPORT_TARGET) => castVote({ db: t.db, ticketId, target, voter, value });
const totals = (id: string) => {
  const row = getTicket({ db: t.db, id })!;
  return { up: row.feedbackUp, down: row.feedbackDown };
};

describe("castVote", () => {
  it("keeps one vote per voter, however often the same client calls", () => {
    const { id } = newTicket();
    const outcomes = Array.from({ length: 100 }, () => vote(id, "client-a", 1));
    expect(outcomes[0]).toBe("added");
    expect(new Set(outcomes.slice(1))).toEqual(new Set(["unchanged"]));
    expect(totals(id)).toEqual({ up: 1, down: 0 });
  });

  it("counts distinct voters, and a voter may change their vote", () => {
    const { id } = newTicket();
    vote(id, "client-a", 1);
    vote(id, "client-b", 1);
    vote(id, "client-c", -1);
    expect(totals(id)).toEqual({ up: 2, down: 1 });
    expect(vote(id, "client-a", -1)).toBe("changed");
    expect(totals(id)).toEqual({ up: 1, down: 2 });
    expect(countVotes({ db: t.db, ticketId: id }).get(REPORT_TARGET)).toEqual({ up: 1, down: 2 });
  });

  it("keeps votes on other targets apart, for per-solution votes later", () => {
    const { id } = newTicket();
    vote(id, "client-a", 1, "solution:1");
    vote(id, "client-a", -1, "solution:2");
    vote(id, "client-a", 1);
    expect(totals(id)).toEqual({ up: 1, down: 0 });
    const counts = countVotes({ db: t.db, ticketId: id });
    expect(counts.get("solution:1")).toEqual({ up: 1, down: 0 });
    expect(counts.get("solution:2")).toEqual({ up: 0, down: 1 });
  });

  it("keeps anonymous counts from before votes were recorded", () => {
    const { id } = newTicket();
    updateTicket({ db: t.db, id, changes: { feedbackUp: 5, feedbackDown: 2 } });
    vote(id, "client-a", 1);
    vote(id, "client-a", -1);
    expect(totals(id)).toEqual({ up: 5, down: 3 });
  });

  it("does not bump the ticket's version (the cached page stays valid)", () => {
    const ticket = newTicket();
    vote(ticket.id, "client-a", 1);
    expect(getTicket({ db: t.db, id: ticket.id })!.updatedAt).toEqual(ticket.updatedAt);
  });

  it("returns null for an unknown ticket, and a deleted ticket takes its votes along", () => {
    expect(vote("no-such-ticket-000", "client-a", 1)).toBeNull();
    const { id } = newTicket();
    vote(id, "client-a", 1);
    deleteTicket({ db: t.db, id });
    expect(t.db.$client.prepare("SELECT count(*) AS n FROM votes").get()).toEqual({ n: 0 });
  });
});
