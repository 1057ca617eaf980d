// Reads a QR code from a camera frame or a photo, in the browser. The browser's own
// BarcodeDetector where it has one (Android, ChromeOS, macOS); elsewhere jsQR, fetched only
// when first needed, so no other page (and not this one, on a phone that can detect) carries it.

type Detector = { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> };
type DetectorClass = {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats?: () => Promise<string[]>;
};

let nativeDetector: Promise<Detector | null> | null = null;

function browserDetector(): Promise<Detector | null> {
  nativeDetector ??= (async () => {
    const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
    if (!Native) return null;
    try {
      const formats = (await Native.getSupportedFormats?.()) ?? ['qr_code'];
      return formats.includes('qr_code') ? new Native({ formats: ['qr_code'] }) : null;
    } catch {
      return null;
    }
  })();
  return nativeDetector;
}

/** The text of the first QR code in the picture, or null. `canvas` is a scratch canvas. */
export async function decodeQr(source: CanvasImageSource, width: number, height: number, canvas: HTMLCanvasElement): Promise<string | null> {
  if (!width || !height) return null;
  const detector = await browserDetector();
  if (detector) {
    try {
      const [found] = await detector.detect(source);
      if (found?.rawValue) return found.rawValue;
      return null;
    } catch {
      // Fall through to jsQR: some detectors refuse some sources.
    }
  }
  // A phone photo is large; ~1000 px across is plenty for a code that fills part of it.
  const scale = Math.min(1, 1000 / Math.max(width, height));
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const { default: jsQR } = await import('jsqr');
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}
