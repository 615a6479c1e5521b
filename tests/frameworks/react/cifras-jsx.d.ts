import type { HTMLAttributes } from 'react';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cifras-clashes-by-state': HTMLAttributes<HTMLElement> & { highlight?: string; limit?: number; theme?: string };
    }
  }
}
