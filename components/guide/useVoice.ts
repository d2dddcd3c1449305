import { useEffect, useState } from 'react';
import { voiceFor } from '@/lib/guide/speech.dom';

/** The browser's voice for the UI language: undefined while looking, null when there is none. */
export function useVoice(lang: string): SpeechSynthesisVoice | null | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void voiceFor(lang).then((v) => live && setVoice(v));
    return () => {
      live = false;
    };
  }, [lang]);
  return voice;
}
