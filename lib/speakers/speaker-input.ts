// A speaker's fields as saved: trimmed, empty optional fields as null, email in lower case.
export type SpeakerInput = {
  name: string;
  organisation: string | null;
  title: string | null;
  external: boolean;
  email: string | null;
};

export function cleanSpeakerInput(input: SpeakerInput): SpeakerInput {
  const opt = (v: string | null) => v?.trim() || null;
  return { name: input.name.trim(), organisation: opt(input.organisation), title: opt(input.title), external: input.external, email: opt(input.email)?.toLowerCase() ?? null };
}
