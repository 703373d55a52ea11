/**
 * When a hover card opens and closes (WCAG 1.4.13, content on hover): the pointer must rest on a
 * mark for a moment before its card opens; when it leaves, the card waits a grace period so the
 * pointer can travel onto it; it stays while the pointer is on it; a pinned card (clicked, tapped or
 * opened from the keyboard) stays until it is dismissed. Timers only: no DOM, so it is tested with
 * fake timers.
 */
export const DWELL_MS = 300;
export const GRACE_MS = 300;

export interface DwellOptions<T> {
  open(target: T): void;
  close(): void;
  dwellMs?: number;
  graceMs?: number;
}

export interface Dwell<T> {
  /** The pointer is over `target` (a mark), or over nothing of ours (null). */
  pointerAt(target: T | null): void;
  /** The pointer entered or left the card. */
  pointerOnCard(on: boolean): void;
  /** A card was opened some other way; `pinned` keeps it until dismissed. */
  shown(target: T, pinned: boolean): void;
  /** The card was closed some other way (Esc, its close button). */
  hidden(): void;
  readonly current: T | null;
  readonly pinned: boolean;
  dispose(): void;
}

export function createDwell<T>(options: DwellOptions<T>): Dwell<T> {
  const dwellMs = options.dwellMs ?? DWELL_MS;
  const graceMs = options.graceMs ?? GRACE_MS;
  let current: T | null = null;
  let pinned = false;
  let onCard = false;
  let waitingFor: T | null = null;
  let dwellTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  const stopDwell = () => {
    clearTimeout(dwellTimer);
    dwellTimer = undefined;
    waitingFor = null;
  };
  const stopGrace = () => {
    clearTimeout(graceTimer);
    graceTimer = undefined;
  };
  const startGrace = () => {
    if (current === null || pinned || onCard || graceTimer !== undefined) return;
    graceTimer = setTimeout(() => {
      graceTimer = undefined;
      if (current === null || pinned || onCard) return;
      current = null;
      options.close();
    }, graceMs);
  };
  const reset = () => {
    stopDwell();
    stopGrace();
    current = null;
    pinned = false;
    onCard = false;
  };

  return {
    pointerAt(target) {
      if (target !== null && target === current) {
        stopDwell();
        stopGrace();
        return;
      }
      if (target === null) {
        stopDwell();
        startGrace();
        return;
      }
      // Another mark: its card opens after the dwell, unless a pinned card is showing.
      startGrace();
      if (pinned || target === waitingFor) return;
      stopDwell();
      waitingFor = target;
      dwellTimer = setTimeout(() => {
        dwellTimer = undefined;
        waitingFor = null;
        stopGrace();
        current = target;
        options.open(target);
      }, dwellMs);
    },
    pointerOnCard(on) {
      onCard = on;
      if (on) stopGrace();
      else startGrace();
    },
    shown(target, pin) {
      stopDwell();
      stopGrace();
      current = target;
      pinned = pin;
    },
    hidden: reset,
    get current() {
      return current;
    },
    get pinned() {
      return pinned;
    },
    dispose: reset,
  };
}
