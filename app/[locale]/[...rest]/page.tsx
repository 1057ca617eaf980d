import { notFound } from 'next/navigation';

// Any path that matches no page shows the localized 404 page.
export default function CatchAll() {
  notFound();
}
