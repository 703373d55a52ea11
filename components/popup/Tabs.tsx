import type { ComponentChild } from 'preact';
import { useRef, useState } from 'preact/hooks';

/** Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs. */
interface Props {
  labels: string[];
  panels: (() => ComponentChild)[];
  /** The tab shown first. */
  initial?: number;
}

export function Tabs({ labels, panels, initial = 0 }: Props) {
  const [active, setActive] = useState(initial);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (index: number) => {
    const next = (index + labels.length) % labels.length;
    setActive(next);
    tabs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: active + 1, ArrowLeft: active - 1, Home: 0, End: -1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };
  return (
    <div class="tabs">
      <div role="tablist" class="tabs__list" onKeyDown={onKeyDown}>
        {labels.map((label, index) => (
          <button
            key={label}
            type="button"
            role="tab"
            id={`tab-${index}`}
            class="tabs__tab"
            aria-selected={index === active}
            aria-controls={`panel-${index}`}
            tabIndex={index === active ? 0 : -1}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            onClick={() => setActive(index)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} class="tabs__panel" tabIndex={0}>
        {panels[active]?.()}
      </div>
    </div>
  );
}
