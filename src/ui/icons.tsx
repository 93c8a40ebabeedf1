// Small inline icons; decorative only, every icon sits next to words that say the same.
import type { ComponentChildren } from 'preact';
import type { Severity } from '../engine/types';

interface IconProps {
  class?: string;
}

function Svg({ children, class: className }: IconProps & { children: ComponentChildren }) {
  return (
    <svg
      class={className ?? 'icon'}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export function SeverityIcon({ severity }: { severity: Severity }) {
  if (severity === 'error') {
    return (
      <Svg>
        <path d="M5.2 1h5.6L15 5.2v5.6L10.8 15H5.2L1 10.8V5.2z" fill="currentColor" />
        <path d="M8 4.2v4.6M8 10.9v.9" stroke="#fff" stroke-width="1.8" stroke-linecap="round" />
      </Svg>
    );
  }
  if (severity === 'warning') {
    return (
      <Svg>
        <path
          d="M8 1.3 15.2 14H.8z"
          fill="currentColor"
          stroke="currentColor"
          stroke-linejoin="round"
        />
        <path d="M8 5.6v4M8 11.6v.6" stroke="#fff" stroke-width="1.7" stroke-linecap="round" />
      </Svg>
    );
  }
  return (
    <Svg>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M8 7.2v4.4M8 4.4v.6" stroke="#fff" stroke-width="1.8" stroke-linecap="round" />
    </Svg>
  );
}

export function CheckIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path
        d="m4.8 8.2 2.1 2.1 4.3-4.5"
        fill="none"
        stroke="#fff"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </Svg>
  );
}

export function LightbulbIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path
        d="M8 1.5a4.5 4.5 0 0 0-2.6 8.2c.4.3.6.7.6 1.2V12h4v-1.1c0-.5.2-.9.6-1.2A4.5 4.5 0 0 0 8 1.5zM6 13.5h4"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
        stroke-linecap="round"
      />
    </Svg>
  );
}

export function ChevronIcon({ direction, ...props }: IconProps & { direction: 'left' | 'right' }) {
  return (
    <Svg {...props}>
      <path
        d={direction === 'left' ? 'M10 3 5 8l5 5' : 'm6 3 5 5-5 5'}
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </Svg>
  );
}

export function SwapSideIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path
        d="M2.5 5.5h10m0 0-2.5-2.5m2.5 2.5L10 8M13.5 10.5h-10m0 0L6 8m-2.5 2.5L6 13"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </Svg>
  );
}

export function ClockIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="6.3" fill="none" stroke="currentColor" stroke-width="1.4" />
      <path
        d="M8 4.6V8l2.3 1.5"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
        stroke-linecap="round"
      />
    </Svg>
  );
}

export function LogoMark(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="1" y="1" width="14" height="14" rx="4" fill="currentColor" />
      <path
        d="M4.5 5.5h7M4.5 8h7M4.5 10.5h4"
        stroke="#fff"
        stroke-width="1.4"
        stroke-linecap="round"
      />
    </Svg>
  );
}

export function LockIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="currentColor" />
      <path
        d="M5.3 7V5a2.7 2.7 0 0 1 5.4 0v2"
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
      />
    </Svg>
  );
}
