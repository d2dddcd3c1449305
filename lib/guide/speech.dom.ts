/**
 * A voice of the browser for the UI language (`vi` → a vi-VN voice), waiting
 * briefly for the voice list to load; null when there is none.
 */
export function voiceFor(lang: string, waitMs = 1500): Promise<SpeechSynthesisVoice | null> {
  const synth = globalThis.speechSynthesis;
  if (!synth) return Promise.resolve(null);
  const pick = () => synth.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith(lang)) ?? null;
  const now = pick();
  if (now || synth.getVoices().length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(pick());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}

/** Reads `text` aloud with `voice`, replacing whatever was being read; `onEnd` when it finishes or is cut off. */
export function speak(text: string, voice: SpeechSynthesisVoice, onEnd: () => void): void {
  const synth = globalThis.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.onend = onEnd;
  utterance.onerror = onEnd;
  synth.speak(utterance);
}

export function stopSpeaking(): void {
  globalThis.speechSynthesis?.cancel();
}
