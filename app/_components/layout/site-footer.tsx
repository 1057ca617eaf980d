import { getTranslations } from 'next-intl/server';
import { getForumSettings } from '@/lib/forum/queries';
import { Link } from '@/lib/i18n/navigation';
import { Container } from '../ui/container';

export async function SiteFooter() {
  const t = await getTranslations('common');
  const tNews = await getTranslations('subscriptions.footer');
  const s = await getForumSettings();
  return (
    <footer data-site-footer className="mt-16 border-t border-zinc-300 bg-zinc-100 py-10 text-sm">
      <Container className="grid gap-8 sm:grid-cols-3">
        {s ? (
          <div>
            <h2 className="mb-2 font-bold">{t('footer.contact')}</h2>
            <address className="not-italic leading-relaxed">
              {s.secretariatName}
              <br />
              {s.addressLine}, {s.postalCity}
              <br />
              {t('footer.email')}: <a className="underline" href={`mailto:${s.email}`}>{s.email}</a>
              <br />
              {t('footer.phone')}: <a className="underline" href={`tel:+45${s.phone.replace(/\s/g, '')}`}>{s.phone}</a>
            </address>
            <p className="mt-2">{t('footer.reportsTo', { committee: s.reportsTo })}</p>
          </div>
        ) : null}
        <div>
          <h2 className="mb-2 font-bold">{t('siteName')}</h2>
          <ul className="space-y-1">
            <li><Link className="underline" href="/about">{t('footer.about')}</Link></li>
            <li><Link className="underline" href="/accessibility">{t('footer.accessibility')}</Link></li>
            <li><Link className="underline" href="/privacy">{t('footer.privacy')}</Link></li>
            <li><Link className="underline" href="/subscribe">{tNews('nav')}</Link></li>
          </ul>
        </div>
        <div>
          <h2 className="mb-2 font-bold">{t('footer.feeds')}</h2>
          <ul className="space-y-1">
            {/* Feeds are files served by route handlers, not pages: plain links on purpose. */}
            <li><a className="underline" href="/feeds/articles.xml" type="application/rss+xml">{t('footer.articlesFeed')}</a></li>
            <li><a className="underline" href="/feeds/meetings.ics" type="text/calendar">{t('footer.meetingsFeed')}</a></li>
          </ul>
        </div>
      </Container>
    </footer>
  );
}
