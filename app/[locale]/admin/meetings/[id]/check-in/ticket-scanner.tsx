'use client';
// Scanning a ticket: the rear camera (one code, then the camera stops, so each scan is one clear
// answer), or a photo taken with the phone's own camera app when the live camera is refused.
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { decodeQr } from './qr-decoder';

type Props = { onCode: (code: string) => void; busy: boolean };

export function TicketScanner({ onCode, busy }: Props) {
  const t = useTranslations('tickets.door');
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState<'camera' | 'photo' | null>(null);
  const photoId = useId();
  const photoHintId = useId();

  const scratch = () => (canvasRef.current ??= document.createElement('canvas'));

  function stop() {
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    setScanning(false);
  }

  useEffect(() => stop, []);

  useEffect(() => {
    if (!scanning) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    const video = videoRef.current;
    async function look() {
      if (cancelled || !video) return;
      const code = video.readyState >= 2 ? await decodeQr(video, video.videoWidth, video.videoHeight, scratch()) : null;
      if (cancelled) return;
      if (code) {
        stop();
        onCode(code);
        return;
      }
      timer = setTimeout(look, 200);
    }
    look();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [scanning, onCode]);

  async function start() {
    setProblem(null);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
      streamRef.current = stream;
      if (videoRef.current) {
        videoRef.current.srcObject = stream;
        await videoRef.current.play().catch(() => undefined);
      }
      setScanning(true);
    } catch {
      stop();
      setProblem('camera');
    }
  }

  async function fromPhoto(file: File | undefined) {
    if (!file) return;
    setProblem(null);
    try {
      const bitmap = await createImageBitmap(file);
      const code = await decodeQr(bitmap, bitmap.width, bitmap.height, scratch());
      bitmap.close();
      if (code) onCode(code);
      else setProblem('photo');
    } catch {
      setProblem('photo');
    }
  }

  return (
    <div>
      <div className="flex flex-wrap gap-3">
        {scanning ? (
          <button type="button" className={buttonClass.secondary} onClick={stop}>{t('stopScan')}</button>
        ) : (
          <button type="button" className={`${buttonClass.primary} min-h-12 text-lg`} onClick={start} disabled={busy}>{t('scan')}</button>
        )}
      </div>
      {/* Always in the page so the stream can attach at once; shown only while scanning. */}
      <video
        ref={videoRef}
        aria-label={t('videoLabel')}
        className={scanning ? 'mt-3 aspect-square w-full max-w-sm rounded-md border border-zinc-400 bg-black object-cover' : 'hidden'}
        muted
        playsInline
      />
      {scanning ? <p className="mt-2">{t('scanning')}</p> : null}
      <div className="mt-4">
        <label htmlFor={photoId} className="block font-semibold">{t('photo')}</label>
        <p id={photoHintId} className="text-sm text-muted">{t('photoHint')}</p>
        <input
          id={photoId}
          type="file"
          accept="image/*"
          capture="environment"
          aria-describedby={photoHintId}
          className="mt-1 block w-full text-base file:mr-3 file:rounded-md file:border file:border-zinc-500 file:bg-white file:px-3 file:py-2 file:font-semibold"
          onChange={(event) => {
            fromPhoto(event.currentTarget.files?.[0]);
            event.currentTarget.value = '';
          }}
        />
      </div>
      <p role="alert" className="mt-2 font-semibold text-red-800 empty:hidden">
        {problem === 'camera' ? t('cameraFailed') : problem === 'photo' ? t('noCodeInPhoto') : null}
      </p>
    </div>
  );
}
