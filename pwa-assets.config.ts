/**
 * App icons, made at build time from the one source image public/icon.svg by @vite-pwa/assets-generator
 * (through vite-plugin-pwa's `pwaAssets` option): favicon.ico (48), transparent PNGs 64/192/512, a maskable
 * 512 and the 180 apple-touch-icon. The maskable and apple icons are filled with the theme colour, so the
 * rounded corners of the source disappear into the background instead of showing white.
 */
import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

const THEME = '#0b5394';

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, padding: 0.2, resizeOptions: { background: THEME } },
    apple: { ...minimal2023Preset.apple, padding: 0.2, resizeOptions: { background: THEME } },
  },
  images: ['public/icon.svg'],
});
