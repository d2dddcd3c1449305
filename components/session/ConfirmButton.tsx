import { useEffect, useRef, useState } from 'react';

export interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
}

/** A destructive action asked twice, inline (no blocking `confirm()` dialog). Focus lands on "cancel". */
export function ConfirmButton({ label, question, confirmLabel, cancelLabel, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <fieldset className="dvc-confirm">
      <legend>{question}</legend>
      <button
        type="button"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" className="dvc-secondary" ref={cancel} onClick={() => setAsking(false)}>
        {cancelLabel}
      </button>
    </fieldset>
  );
}
