// A meeting's address made from its title (Danish letters spelled out: æ→ae, ø→oe, å→aa).
// Shared by the server and the meeting form, which previews it while the title is typed.
import slugify from '@sindresorhus/slugify';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 100;

export function slugFromTitle(title: string): string {
  return slugify(title, { locale: 'da', decamelize: false }).slice(0, SLUG_MAX).replace(/-+$/, '');
}
