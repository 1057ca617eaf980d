// What every check-in action answers the door's page with: what happened, to whom, when, and the
// fresh count. A plain type module, so the client page can import it.
export type CheckInCount = { checkedIn: number; expected: number };

export type CheckInAnswer = {
  outcome: 'checked-in' | 'already' | 'invalid' | 'undone';
  person: { id: string; name: string; company: string | null; walkIn: boolean } | null;
  /** When the person was checked in (ISO), for "already checked in at 16.02". */
  at: string | null;
  count: CheckInCount;
};
