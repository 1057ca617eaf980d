// Agenda items have no version column, so an edit names a fingerprint of the item as it was
// loaded; if the item changed meanwhile, the save is refused like any other conflict.
import 'server-only';
import { createHash } from 'node:crypto';

export type FingerprintedItem = {
  kind: string;
  title: string;
  description: string;
  durationMinutes: number;
  themeId: string | null;
  speakerIds: string[];
};

export function agendaItemFingerprint(item: FingerprintedItem): string {
  const canonical = JSON.stringify([
    item.kind,
    item.title,
    item.description,
    item.durationMinutes,
    item.themeId,
    [...item.speakerIds].sort(),
  ]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}
