import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Nothing special on purpose: the package must work in a stock Vite + React app. */
export default defineConfig({ plugins: [react()] });
