/**
 * A short beep made on the spot with WebAudio: no sound file to fetch (strict CSP, offline).
 * Only at the countdown's warning moments, and only if the helper turned it on in settings.
 */
let context: AudioContext | null = null;

export function beep(times = 1) {
  try {
    context ??= new AudioContext();
    const ctx = context;
    for (let i = 0; i < times; i++) {
      const start = ctx.currentTime + i * 0.3;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = 880;
      gain.gain.setValueAtTime(0.2, start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + 0.2);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.2);
    }
  } catch {
    // No audio device: the visual warning and the announcement remain.
  }
}
