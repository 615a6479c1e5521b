import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeature {
  name: 'forced-colors' | 'prefers-color-scheme' | 'prefers-reduced-motion';
  value: string;
}

/** Emulates media features (and optionally print media); false where the browser cannot. */
export async function emulateMediaFeatures(features: MediaFeature[], media?: 'print' | 'screen' | null): Promise<boolean> {
  return Boolean(await executeServerCommand('emulate-media-features', { features, media }));
}

/** Back to no emulation. */
export async function resetMedia(): Promise<void> {
  await executeServerCommand('emulate-media-features', { features: [], media: null });
}
