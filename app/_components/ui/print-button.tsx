'use client';
import { buttonClass } from './button-styles';

/** Opens the browser's print dialog; the page's print CSS lays it out on A4. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" data-no-print className={buttonClass.secondary} onClick={() => window.print()}>
      {label}
    </button>
  );
}
