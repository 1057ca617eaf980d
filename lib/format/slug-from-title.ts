// The one slug maker: a page's address made from its title, Danish letters spelled out
// (æ→ae, ø→oe, å→aa) and "&" read as "og". Meetings and articles both use it; the meeting form
// previews it while the title is typed, so it stays free of server code. Slugs are stored, so a
// change here only affects addresses made afterwards.
import slugify from '@sindresorhus/slugify';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 100;

export function slugFromTitle(title: string, maxLength = SLUG_MAX): string {
  return slugify(title, { locale: 'da', decamelize: false, customReplacements: [['&', ' og ']] })
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
