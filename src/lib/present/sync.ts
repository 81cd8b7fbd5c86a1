// The two windows of a presentation (the audience's and the presenter's) stay in step over a
// BroadcastChannel of the same origin: whichever is driven posts its step; the other follows. A step
// received is not posted back, so the windows never echo each other.
export interface StepMessage { type: 'step'; step: number }
export interface StepSync {
  post(step: number): void;
  close(): void;
}

export const CHANNEL = 'lsn-present';

export function createStepSync(onStep: (step: number) => void, make: (name: string) => Pick<BroadcastChannel, 'postMessage' | 'close' | 'onmessage'> | null = (n) =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(n)): StepSync {
  const ch = make(CHANNEL);
  let last = 0;
  if (ch)
    ch.onmessage = (e: MessageEvent) => {
      const m = e.data as StepMessage;
      if (m?.type === 'step' && Number.isInteger(m.step) && m.step !== last) {
        last = m.step;
        onStep(m.step);
      }
    };
  return {
    post(step) {
      if (!ch || step === last) return;
      last = step;
      ch.postMessage({ type: 'step', step } satisfies StepMessage);
    },
    close: () => ch?.close()
  };
}
