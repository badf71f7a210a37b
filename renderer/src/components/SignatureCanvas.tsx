import { useEffect, useId, useRef, type MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';

interface Props {
  label: string;
  padRef: MutableRefObject<SignaturePad | null>;
}

/**
 * One signature_pad canvas with its caption and a clear button. The canvas has an
 * accessible name; people who cannot draw use the typed-name alternative instead.
 */
export function SignatureCanvas({ label, padRef }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current!;
    // Backing store at device resolution, so the stroke is where the pointer is and stays sharp.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext('2d')!.scale(ratio, ratio);
    const pad = new SignaturePad(canvas, { penColor: '#000000', backgroundColor: 'rgb(255,255,255)' });
    padRef.current = pad;
    return () => {
      pad.off();
      padRef.current = null;
    };
  }, [padRef]);

  return (
    <div className="signature-field">
      <p className="signature-label" id={`${id}-label`}>
        {label}
      </p>
      <canvas ref={canvasRef} className="signature-canvas" role="img" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`} />
      <p className="hint" id={`${id}-hint`}>
        {t('mandates.sign.canvasHint')}
      </p>
      <button type="button" onClick={() => padRef.current?.clear()}>
        {t('mandates.sign.clear', { who: label })}
      </button>
    </div>
  );
}
